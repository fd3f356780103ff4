package dev.deliberate.lti;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the LTI protocol layer ({@code deliberate.lti.*}).
 *
 * @param clockSkew              leeway for {@code exp} and {@code iat} (platform clocks drift)
 * @param stateTtl               how long a login state waits for its launch
 * @param jwksCacheTtl           how long a platform's JWKS is trusted before it is fetched again
 * @param jwksRefetchMinInterval least time between two fetches of one platform's JWKS on unknown {@code kid}s
 * @param httpTimeout            connect and read timeout for calls to platforms
 * @param maxIdTokenLength       longest id_token accepted, in characters
 * @param storageTimeout         how long the page waits for the platform's postMessage storage
 * @param keyRetention           how long a replaced tool key stays published (longer than any token it signed lives)
 * @param platformsDir           folder of {@code *.yml} platform registrations seeded at start
 * @param platforms              platform registrations seeded at start from configuration
 */
@Validated
@ConfigurationProperties("deliberate.lti")
public record LtiProperties(
        @DefaultValue("60s") @NotNull Duration clockSkew,
        @DefaultValue("10m") @NotNull Duration stateTtl,
        @DefaultValue("6h") @NotNull Duration jwksCacheTtl,
        @DefaultValue("30s") @NotNull Duration jwksRefetchMinInterval,
        @DefaultValue("5s") @NotNull Duration httpTimeout,
        @DefaultValue("32768") @Min(1024) int maxIdTokenLength,
        @DefaultValue("3s") @NotNull Duration storageTimeout,
        @DefaultValue("1h") @NotNull Duration keyRetention,
        @DefaultValue("lti-config/platforms") String platformsDir,
        @DefaultValue List<@Valid PlatformSeed> platforms) {

    /** A platform registration given in configuration or in a seed file. */
    public record PlatformSeed(
            String name,
            String issuer,
            String clientId,
            String authorizationEndpoint,
            String tokenEndpoint,
            String jwksUri,
            String tokenAudience,
            List<String> frameOrigins,
            List<String> deployments) {
    }
}
