package pl.cus.portal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import pl.cus.portal.PortalIntegrationTest;

/**
 * The embedded PostgreSQL that the application started (the README's default) writes every acknowledged commit to
 * disk: asked of the running server, not of the settings the code passes.
 */
class EmbeddedDatabaseDurabilityTests extends PortalIntegrationTest {

    @Autowired
    DatabaseClient db;

    @Test
    void theRunningServerFlushesToDiskAndWaitsForItBeforeACommitIsAcknowledged() {
        assertThat(setting("fsync")).isEqualTo("on");
        assertThat(setting("synchronous_commit")).isEqualTo("on");
        assertThat(setting("full_page_writes")).isEqualTo("on");
    }

    private String setting(String name) {
        return db.sql("show " + name).map(row -> row.get(0, String.class)).one().block(Duration.ofSeconds(10));
    }
}
