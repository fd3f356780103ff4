package dev.deliberate.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The MariaDB database of one checkout's data-layer tests: named after the checkout's folder, so
 * two checkouts testing at once never share tables, and emptied by Flyway before it migrates, so a
 * migration edited during development never meets the schema an earlier run left behind.
 */
public class MariaDbTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = "jdbc:mysql://127.0.0.1:3306/" + databaseName() + "?createDatabaseIfNotExist=true&useSSL=false&allowPublicKeyRetrieval=true";
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("mariadb-test-database",
                Map.of("spring.datasource.url", url, "spring.flyway.clean-disabled", "false",
                        // several cached test contexts (and checkouts) share the server's 151 connections
                        "spring.datasource.hikari.maximum-pool-size", "6")));
        context.getBeanFactory().registerSingleton("cleanThenMigrate", (FlywayMigrationStrategy) flyway -> {
            flyway.clean();
            flyway.migrate();
        });
    }

    /** The database to use: the checkout's data-layer one, unless a test with other needs names its own. */
    protected String databaseName() {
        return name();
    }

    static String name() {
        return name("deliberate_test_");
    }

    /** A database name of this checkout's own, starting with {@code prefix}. */
    public static String name(String prefix) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(System.getProperty("user.dir").getBytes(StandardCharsets.UTF_8));
            return prefix + HexFormat.of().formatHex(digest, 0, 5);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
