package pl.cus.portal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import pl.cus.portal.CusPortal;

@ExtendWith(OutputCaptureExtension.class)
class UnreachableDatabaseTests {

    @Test
    void startingAgainstAnUnreachableDatabaseFailsFastNamingTheSetting(CapturedOutput output) throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> SpringApplication.run(
                        CusPortal.class,
                        "--server.port=0",
                        "--spring.r2dbc.url=r2dbc:postgresql://localhost:" + closedPort + "/cus",
                        "--spring.r2dbc.username=cus",
                        "--spring.r2dbc.password=secret"))
                .isNotNull();
        assertThat(output.getAll())
                .contains("Cannot reach the database")
                .contains("spring.r2dbc.url (SPRING_R2DBC_URL)");
    }
}
