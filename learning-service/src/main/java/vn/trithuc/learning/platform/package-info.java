/**
 * The learning application's plumbing: JAX-RS activation, schema migrations at deployment, and
 * the readiness check for its database.
 */
package vn.trithuc.learning.platform;
