package dev.deliberate.lti.platform;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The editable part of a registration, as the admin API and the seeders give it. Checked by
 * {@link PlatformSettingsCheck} before it is stored.
 */
public record PlatformSettings(
        @Size(max = 200) String name,
        @NotBlank @Size(max = 255) String issuer,
        @NotBlank @Size(max = 255) String clientId,
        @NotBlank @Size(max = 1024) String authorizationEndpoint,
        @NotBlank @Size(max = 1024) String tokenEndpoint,
        @NotBlank @Size(max = 1024) String jwksUri,
        @Size(max = 1024) String tokenAudience,
        List<@NotBlank @Size(max = 200) String> frameOrigins,
        List<@NotBlank @Size(max = 255) String> deployments) {

    public PlatformSettings {
        name = name == null || name.isBlank() ? issuer : name.trim();
        tokenAudience = tokenAudience == null || tokenAudience.isBlank() ? null : tokenAudience.trim();
        frameOrigins = frameOrigins == null ? List.of() : List.copyOf(frameOrigins);
        deployments = deployments == null ? List.of() : List.copyOf(deployments);
    }
}
