/**
 * Operability both contexts share: schema migrations at deployment (Flyway, one schema per
 * context) and the database readiness check behind {@code /health/ready}.
 */
package vn.trithuc.web.platform;
