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

    private SchemaMigration() {
    }

    public static MigrateResult migrate(DataSource dataSource, String schema, ClassLoader loader) {
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
