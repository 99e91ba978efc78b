package pl.cus.portal.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run by the application itself when no external database is configured. Its data folder
 * is kept between runs (unless ephemeral), so demo data and residents' work survive a restart. It runs with
 * {@code fsync=on}, {@code synchronous_commit=on} and {@code full_page_writes=on}: a commit the portal acknowledged
 * survives an operating-system crash or a power cut (docs/operations.md).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final Path dataDirectory;
    private final boolean ephemeral;
    private volatile @Nullable EmbeddedPostgres postgres;
    private volatile int port;

    private EmbeddedDatabase(Path dataDirectory, boolean ephemeral, int port) {
        this.dataDirectory = dataDirectory;
        this.ephemeral = ephemeral;
        this.port = port;
    }

    public static EmbeddedDatabase start(Path dataDirectory, boolean ephemeral, int port) {
        var database = new EmbeddedDatabase(dataDirectory, ephemeral, port);
        database.startServer();
        return database;
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public String r2dbcUrl() {
        return "r2dbc:postgresql://localhost:" + port + "/postgres";
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** Stops the server and starts it again on the same port and data: used by fault drills. */
    public synchronized void restart() {
        stopServer();
        startServer();
    }

    /** Stops the server (a database outage, for drills); {@link #restart()} brings it back. */
    public synchronized void stopServer() {
        EmbeddedPostgres current = postgres;
        postgres = null;
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public synchronized void startServer() {
        try {
            Files.createDirectories(dataDirectory.getParent());
            stopOrphanedServer();
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    // Kept across restart(); an ephemeral folder is removed on close() instead.
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // Acknowledged commits must survive a crash: do not trade durability for speed. The library
                    // starts the server with -F (fsync off); a -c setting comes after it on the command line and wins.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC");
            if (port > 0) {
                builder.setPort(port);
            }
            postgres = builder.start();
            port = postgres.getPort();
            log.info("Embedded PostgreSQL is running on port {} with data in {}", port, dataDirectory.toAbsolutePath());
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Could not start the embedded PostgreSQL in " + dataDirectory.toAbsolutePath()
                            + " (set cus.embedded-db.dir to another folder, or spring.r2dbc.url to use an external database)",
                    e);
        }
    }

    @Override
    public void close() {
        stopServer();
        if (ephemeral) {
            org.springframework.util.FileSystemUtils.deleteRecursively(dataDirectory.toFile());
        }
    }

    /**
     * A server left running by a process that was killed (kill -9 skips shutdown hooks) still owns the data
     * folder; stop it so that this run can start.
     */
    private void stopOrphanedServer() throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.getFirst().trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info()
                        .command()
                        .map(command -> command.contains("postgres"))
                        .orElse(false));
        if (process.isEmpty()) {
            return;
        }
        log.warn("Stopping an embedded PostgreSQL (pid {}) left running by an earlier run", pid);
        ProcessHandle handle = process.get();
        handle.destroy();
        try {
            handle.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
        }
    }
}
