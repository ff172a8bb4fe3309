package vn.trithuc.web.platform;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.logging.Logger;

/**
 * Brings one context's schema up to date with its Flyway migrations
 * ({@code classpath:db/<schema>}). Runs at deployment, before the first request; a failed
 * migration fails the deployment rather than serving a half-migrated database.
 */
public final class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class);

    /**
     * One migration at a time in this JVM, across both applications: they start together and, on
     * H2, two schemas' DDL at once collide on the catalogue lock ("Timeout trying to lock table
     * SYS") and a deployment fails. A string literal is interned JVM-wide, so both applications'
     * class loaders see this same monitor.
     */
    private static final Object ONE_AT_A_TIME = "vn.trithuc.web.platform.SchemaMigration";

    private SchemaMigration() {
    }

    public static MigrateResult migrate(DataSource dataSource, String schema, ClassLoader loader) {
        synchronized (ONE_AT_A_TIME) {
            return migrateNow(dataSource, schema, loader);
        }
    }

    private static MigrateResult migrateNow(DataSource dataSource, String schema, ClassLoader loader) {
        Flyway flyway = Flyway.configure(loader)
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .locations("classpath:db/" + schema)
                .table("flyway_schema_history")
                .validateMigrationNaming(true)
                .load();
        MigrateResult result = flyway.migrate();
        LOG.infof("Schema '%s' is at version %s (%d migration(s) applied now)", schema,
                flyway.info().current() == null ? "empty" : flyway.info().current().getVersion(), result.migrationsExecuted);
        return result;
    }
}
