/**
 * The knowledge application's plumbing: JAX-RS activation, schema migrations at deployment, and
 * the readiness checks for its database and search index.
 */
package vn.trithuc.knowledge.platform;
