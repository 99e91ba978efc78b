package pl.cus.portal.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Chooses the database before anything connects to it. With {@code spring.r2dbc.url} set, the external server is
 * used and Flyway's JDBC settings are derived from the R2DBC ones when absent. Without it, an embedded PostgreSQL
 * starts with its data in {@code cus.embedded-db.dir} and demo data is on unless {@code cus.demo-data} says otherwise.
 */
public class EmbeddedDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String R2DBC_URL = "spring.r2dbc.url";

    @Override
    public int getOrder() {
        // After config data (application.properties, profiles) has been loaded.
        return Ordered.LOWEST_PRECEDENCE - 10;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty(R2DBC_URL))) {
            deriveFlywaySettings(environment);
            return;
        }
        if (!environment.getProperty("cus.embedded-db.enabled", Boolean.class, true)) {
            return;
        }
        boolean ephemeral = environment.getProperty("cus.embedded-db.ephemeral", Boolean.class, false);
        int port = environment.getProperty("cus.embedded-db.port", Integer.class, 0);
        Path dir = ephemeral
                ? temporaryDirectory()
                : Path.of(environment.getProperty("cus.embedded-db.dir", "data/postgres"));
        EmbeddedDatabase database = EmbeddedDatabase.start(dir.toAbsolutePath(), ephemeral, port);

        Map<String, Object> connection = new HashMap<>();
        connection.put(R2DBC_URL, database.r2dbcUrl());
        connection.put("spring.r2dbc.username", "postgres");
        connection.put("spring.r2dbc.password", "");
        connection.put("spring.flyway.url", database.jdbcUrl());
        connection.put("spring.flyway.user", "postgres");
        connection.put("spring.flyway.password", "");
        connection.put("cus.embedded-db.active", "true");
        environment.getPropertySources().addFirst(new MapPropertySource("cusEmbeddedDatabase", connection));
        environment
                .getPropertySources()
                .addLast(new MapPropertySource("cusEmbeddedDatabaseDefaults", Map.of("cus.demo-data", "true")));

        application.addInitializers(
                context -> context.getBeanFactory().registerSingleton("embeddedDatabase", database));
        application.addListeners(new StopOnClose(database));
    }

    private static void deriveFlywaySettings(ConfigurableEnvironment environment) {
        Map<String, Object> derived = new HashMap<>();
        if (!StringUtils.hasText(environment.getProperty("spring.flyway.url"))) {
            derived.put("spring.flyway.url", R2dbcUrls.toJdbc(environment.getRequiredProperty(R2DBC_URL)));
        }
        if (environment.getProperty("spring.flyway.user") == null
                && environment.getProperty("spring.r2dbc.username") != null) {
            derived.put("spring.flyway.user", environment.getProperty("spring.r2dbc.username"));
        }
        if (environment.getProperty("spring.flyway.password") == null
                && environment.getProperty("spring.r2dbc.password") != null) {
            derived.put("spring.flyway.password", environment.getProperty("spring.r2dbc.password"));
        }
        environment.getPropertySources().addLast(new MapPropertySource("cusDerivedFlyway", derived));
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("cus-embedded-db-").resolve("data");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a temporary folder for the embedded database", e);
        }
    }

    private record StopOnClose(EmbeddedDatabase database) implements ApplicationListener<ContextClosedEvent> {
        @Override
        public void onApplicationEvent(ContextClosedEvent event) {
            if (event.getApplicationContext() instanceof ConfigurableApplicationContext context
                    && context.getParent() == null) {
                database.close();
            }
        }
    }
}
