package pl.cus.portal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class R2dbcUrlsTests {

    @Test
    void convertsPostgresUrlsKeepingHostPortDatabaseAndOptions() {
        assertThat(R2dbcUrls.toJdbc("r2dbc:postgresql://db.example:5433/cus?sslmode=require"))
                .isEqualTo("jdbc:postgresql://db.example:5433/cus?sslmode=require");
        assertThat(R2dbcUrls.toJdbc("r2dbc:pool:postgresql://localhost/cus"))
                .isEqualTo("jdbc:postgresql://localhost/cus");
    }

    @Test
    void refusesOtherDatabases() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> R2dbcUrls.toJdbc("r2dbc:mysql://localhost/cus"))
                .withMessageContaining("spring.r2dbc.url");
    }
}
