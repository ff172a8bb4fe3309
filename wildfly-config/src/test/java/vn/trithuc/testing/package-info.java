/**
 * Test support shared by every module's integration tests (published as this module's test-jar):
 * a real Keycloak started once per test JVM, and tokens for the demo users.
 */
package vn.trithuc.testing;
