package vn.trithuc.learning.platform;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import vn.trithuc.learning.certificate.SigningKeys;
import vn.trithuc.learning.course.DemoCourses;
import vn.trithuc.web.Settings;
import vn.trithuc.web.platform.DatabaseReadiness;
import vn.trithuc.web.platform.SchemaMigration;

/**
 * Migrates the {@code learning} schema when the application starts (then loads the demo content
 * when {@code TRITHUC_DEMO_CONTENT=true}), and reports its database in {@code /health/ready}.
 */
@ApplicationScoped
@Readiness
public class LearningSchema implements HealthCheck {

    public static final String SCHEMA = "learning";

    @Resource(lookup = "java:jboss/datasources/TriThucDS")
    DataSource dataSource;

    private volatile boolean migrated;

    @Inject
    DemoCourses demoCourses;

    @Inject
    SigningKeys signingKeys;

    @Inject
    vn.trithuc.learning.exam.DemoExams demoExams;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        SchemaMigration.migrate(dataSource, SCHEMA, LearningSchema.class.getClassLoader());
        migrated = true;
        signingKeys.ensure();
        if (Boolean.parseBoolean(Settings.env("TRITHUC_DEMO_CONTENT", "false"))) {
            demoCourses.loadOnce();
            demoExams.loadOnce();
        }
    }

    @Override
    public HealthCheckResponse call() {
        return DatabaseReadiness.check("learning-database", dataSource, SCHEMA, migrated);
    }
}
