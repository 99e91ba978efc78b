package pl.cus.portal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EmbeddedDatabaseTests {

    /** Started in a child JVM that the test then kills with SIGKILL, as an operator's kill -9 would. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            var database = EmbeddedDatabase.start(Path.of(args[0]), false, 0);
            System.out.println("READY " + database.port());
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }
    }

    @Test
    void dataSurvivesAKilledApplicationAndARestart() throws Exception {
        Path dir = Files.createTempDirectory("embedded-db-tests").resolve("data");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(
                        java, "-cp", System.getProperty("java.class.path"), Child.class.getName(), dir.toString())
                .redirectErrorStream(true)
                .start();
        int port;
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("READY "));
            assertThat(line).as("child started the database").isNotNull();
            port = Integer.parseInt(line.substring("READY ".length()).trim());
            execute(
                    "jdbc:postgresql://localhost:" + port + "/postgres",
                    "create table kept (value text); insert into kept values ('still here')");
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        // The killed application's PostgreSQL is still running and owns the data folder; the next start takes over.
        var database = EmbeddedDatabase.start(dir, false, 0);
        try {
            assertThat(query(database.jdbcUrl(), "select value from kept")).isEqualTo("still here");
            database.restart();
            assertThat(query(database.jdbcUrl(), "select value from kept")).isEqualTo("still here");
        } finally {
            database.close();
        }
    }

    private static void execute(String url, String sql) throws Exception {
        try (var connection = DriverManager.getConnection(url, "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(String url, String sql) throws Exception {
        try (var connection = DriverManager.getConnection(url, "postgres", "");
                var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
