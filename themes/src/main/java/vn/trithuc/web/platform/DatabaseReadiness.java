package vn.trithuc.web.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Readiness of one context's database: a connection answers a query and its migrations ran at
 * deployment. Each context exposes it as a {@code @Readiness} bean.
 */
public final class DatabaseReadiness {

    private DatabaseReadiness() {
    }

    public static HealthCheckResponse check(String name, DataSource dataSource, String schema, boolean migrated) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(name);
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT 1")) {
            rs.next();
            response.withData("database", connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            return response.down().withData("error", e.getMessage()).build();
        }
        return response.status(migrated).withData("schema", schema).withData("migrated", migrated).build();
    }
}
