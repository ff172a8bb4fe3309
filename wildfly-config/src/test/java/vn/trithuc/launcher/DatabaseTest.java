package vn.trithuc.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseTest {

    @Test
    void postgresUrlsSelectThePostgresDriverAndNameTheirAddress() {
        assertThat(Database.driverFor("jdbc:postgresql://db.internal:6432/trithuc")).isEqualTo("postgresql");
        assertThat(Database.postgresAddress("jdbc:postgresql://db.internal:6432/trithuc"))
                .isEqualTo(new Database.PostgresAddress("db.internal", 6432));
        assertThat(Database.postgresAddress("jdbc:postgresql://localhost/trithuc").port()).isEqualTo(5432);
    }

    @Test
    void h2UrlsSelectTheH2Driver() {
        assertThat(Database.driverFor("jdbc:h2:file:/srv/trithuc/db")).isEqualTo("h2");
        assertThat(Database.postgresAddress("jdbc:h2:file:/srv/trithuc/db")).isNull();
    }

    @Test
    void otherUrlsAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> Database.driverFor("jdbc:mysql://x/y"))
                .isInstanceOf(LaunchException.class)
                .hasMessageContaining("TRITHUC_DB_URL must be a PostgreSQL");
    }

    @Test
    void aBusyPortIsReportedByNumber() throws Exception {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> Launcher.requireFreePort(socket.getLocalPort(), "WildFly HTTP"))
                    .isInstanceOf(LaunchException.class)
                    .hasMessageContaining("Port " + socket.getLocalPort() + " (WildFly HTTP) is already in use");
        }
    }
}
