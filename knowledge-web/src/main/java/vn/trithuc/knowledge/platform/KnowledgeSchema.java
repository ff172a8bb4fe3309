package vn.trithuc.knowledge.platform;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import vn.trithuc.web.platform.SchemaMigration;

/** Migrates the {@code knowledge} schema when the application starts. */
@ApplicationScoped
public class KnowledgeSchema {

    public static final String SCHEMA = "knowledge";

    @Resource(lookup = "java:jboss/datasources/TriThucDS")
    DataSource dataSource;

    private volatile boolean migrated;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        SchemaMigration.migrate(dataSource, SCHEMA, KnowledgeSchema.class.getClassLoader());
        migrated = true;
    }

    public boolean isMigrated() {
        return migrated;
    }

    DataSource dataSource() {
        return dataSource;
    }
}
