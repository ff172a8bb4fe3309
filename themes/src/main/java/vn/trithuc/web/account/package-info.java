/**
 * The signed-in person's own pages and API, shared by both applications: log in and out through
 * Keycloak, "my account" ({@code /me}) and {@code GET …/api/me}.
 */
package vn.trithuc.web.account;
