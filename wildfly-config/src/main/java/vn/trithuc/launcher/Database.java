package vn.trithuc.launcher;

import java.net.URI;

/** What the launcher checks about {@code TRITHUC_DB_URL} before it starts anything. */
final class Database {

    record PostgresAddress(String host, int port) {
    }

    private Database() {
    }

    /** The WildFly JDBC driver name for a JDBC URL; anything else is refused with a clear message. */
    static String driverFor(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return "postgresql";
        }
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return "h2";
        }
        throw new LaunchException("TRITHUC_DB_URL must be a PostgreSQL (jdbc:postgresql://host:5432/name) or H2 "
                + "(jdbc:h2:…) JDBC URL, not: " + jdbcUrl);
    }

    /** Host and port of a PostgreSQL URL ({@code jdbc:postgresql://host[:port]/db}), or {@code null} for H2. */
    static PostgresAddress postgresAddress(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            return null;
        }
        try {
            URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("no host");
            }
            return new PostgresAddress(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort());
        } catch (IllegalArgumentException e) {
            throw new LaunchException("TRITHUC_DB_URL is not a valid PostgreSQL URL (" + e.getMessage()
                    + "); expected jdbc:postgresql://host:5432/name, got: " + jdbcUrl);
        }
    }
}
