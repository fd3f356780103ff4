package dev.deliberate.lti.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.deliberate.lti.LtiProperties;
import dev.deliberate.lti.LtiProperties.PlatformSeed;

/**
 * Seeds platform registrations at start from {@code deliberate.lti.platforms} and from every
 * {@code *.yml} file in {@code deliberate.lti.platforms-dir}. Existing registrations are updated and
 * gain missing deployments; nothing is removed, so changes made through the admin API survive.
 * A file that cannot be read stops the start with a message naming it.
 */
@Component
@Order(0)
class PlatformSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlatformSeeder.class);

    private final PlatformRegistry registry;
    private final LtiProperties properties;

    PlatformSeeder(PlatformRegistry registry, LtiProperties properties) {
        this.registry = registry;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (PlatformSeed seed : properties.platforms()) {
            seed(seed, PlatformSource.CONFIGURATION, "configuration");
        }
        Path dir = Path.of(properties.platformsDir());
        if (!Files.isDirectory(dir)) {
            log.info("No platform seed folder at {}; registrations come from configuration and the admin API", dir.toAbsolutePath());
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.yml")) {
            for (Path file : files) {
                for (PlatformSeed seed : read(file)) {
                    seed(seed, PlatformSource.SEED_FILE, file.toString());
                }
            }
        }
    }

    private void seed(PlatformSeed seed, PlatformSource source, String origin) {
        PlatformSettings settings = new PlatformSettings(seed.name(), seed.issuer(), seed.clientId(),
                seed.authorizationEndpoint(), seed.tokenEndpoint(), seed.jwksUri(), seed.tokenAudience(),
                seed.frameOrigins(), seed.deployments());
        if (isBlank(settings.issuer()) || isBlank(settings.clientId()) || isBlank(settings.authorizationEndpoint())
                || isBlank(settings.tokenEndpoint()) || isBlank(settings.jwksUri())) {
            throw new IllegalStateException("Platform seed in " + origin
                    + " needs issuer, client-id, authorization-endpoint, token-endpoint and jwks-uri");
        }
        try {
            Registration saved = registry.save(settings, source);
            log.info("Seeded platform {} (issuer {}, client_id {}, deployments {}) from {}",
                    saved.name(), saved.issuer(), saved.clientId(), saved.deploymentIds(), origin);
        }
        catch (IllegalArgumentException e) {
            throw new IllegalStateException("Platform seed in " + origin + " is invalid: " + e.getMessage(), e);
        }
    }

    /** A seed file holds one registration as a map, or a list of them. Keys as in the property names. */
    static List<PlatformSeed> read(Path file) throws IOException {
        Object document;
        try (InputStream in = Files.newInputStream(file)) {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        catch (RuntimeException e) {
            throw new IllegalStateException("Platform seed file " + file + " is not valid YAML: " + e.getMessage(), e);
        }
        List<PlatformSeed> seeds = new ArrayList<>();
        if (document instanceof Map<?, ?> map) {
            seeds.add(toSeed(map, file));
        }
        else if (document instanceof List<?> list) {
            for (Object item : list) {
                if (!(item instanceof Map<?, ?> map)) {
                    throw new IllegalStateException("Platform seed file " + file + " must hold maps");
                }
                seeds.add(toSeed(map, file));
            }
        }
        else if (document != null) {
            throw new IllegalStateException("Platform seed file " + file + " must hold a map or a list of maps");
        }
        return seeds;
    }

    private static PlatformSeed toSeed(Map<?, ?> map, Path file) {
        return new PlatformSeed(text(map, "name"), text(map, "issuer"), text(map, "client-id"),
                text(map, "authorization-endpoint"), text(map, "token-endpoint"), text(map, "jwks-uri"),
                text(map, "token-audience"), texts(map, "frame-origins", file), texts(map, "deployments", file));
    }

    private static String text(Map<?, ?> map, String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString();
    }

    private static List<String> texts(Map<?, ?> map, String key, Path file) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalStateException("Platform seed file " + file + ": '" + key + "' must be a list");
        }
        return list.stream().map(String::valueOf).toList();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
