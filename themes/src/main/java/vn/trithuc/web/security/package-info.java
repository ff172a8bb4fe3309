/**
 * Who is calling and what they may do: the caller's identity from the Keycloak token, realm roles,
 * and the request filters that keep pages safe (security headers, CSRF protection).
 */
package vn.trithuc.web.security;
