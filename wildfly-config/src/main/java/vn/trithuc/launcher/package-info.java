/**
 * The launcher behind the README's run command: starts Keycloak and the provisioned WildFly on
 * one machine, waits until both are ready, and stops both on Ctrl-C. Its process helpers also
 * start Keycloak for the integration tests.
 */
package vn.trithuc.launcher;
