package dev.deliberate.lti.registration;

import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.deliberate.lti.LtiProperties;
import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.PlatformSettings;
import dev.deliberate.lti.platform.PublicAddresses;
import dev.deliberate.lti.platform.Registration;
import dev.deliberate.lti.registration.RegistrationRefused.Reason;
import dev.deliberate.shared.Origins;

/**
 * LTI Dynamic Registration 1.0, the tool's side: read the platform's OpenID configuration, check
 * it, register the tool at the platform's registration endpoint with the registration token, and
 * store the client id (and the deployment id, when the platform gives one) it answers with.
 * <p>
 * Anyone can open {@code /lti/register} with any address, so the tool reaches out only to hosts on
 * public addresses unless the operator named the host in allowed-hosts (a school's own LMS on its
 * network) or runs the development switch {@code deliberate.lti.allow-http-platforms}: the page
 * must not become a way to probe the tool's own network.
 */
@Component
class DynamicRegistration {

    private static final Logger log = LoggerFactory.getLogger(DynamicRegistration.class);
    private static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";
    private static final int MAX_BODY = 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ToolDescription tool;
    private final PlatformRegistry registry;
    private final RegistrationProperties properties;
    private final LtiProperties lti;
    private final boolean localPlatforms;
    private final HttpClient http;

    @Autowired
    DynamicRegistration(ToolDescription tool, PlatformRegistry registry, RegistrationProperties properties, LtiProperties lti,
            @Value("${deliberate.lti.allow-http-platforms:false}") boolean localPlatforms) {
        this.tool = tool;
        this.registry = registry;
        this.properties = properties;
        this.lti = lti;
        this.localPlatforms = localPlatforms;
        this.http = HttpClient.newBuilder().connectTimeout(lti.httpTimeout()).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /** What registering found and did. */
    record Registered(Registration registration, PlatformConfiguration platform, boolean deploymentKnown) {
    }

    /** Fetches and checks the platform's configuration, changing nothing. */
    PlatformConfiguration inspect(String configurationUrl, String registrationToken) {
        if (!properties.enabled()) {
            throw new RegistrationRefused(Reason.REGISTRATION_DISABLED, "deliberate.lti.registration.enabled is false");
        }
        URI url = configurationUrl(configurationUrl);
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(lti.httpTimeout()).header("Accept", "application/json");
        if (registrationToken != null && !registrationToken.isBlank()) {
            // Canvas requires the token to read its configuration; Moodle ignores it
            request.header("Authorization", "Bearer " + registrationToken);
        }
        Answer answer = send(request.GET().build(), Reason.CONFIGURATION_UNREACHABLE);
        if (answer.status() != 200) {
            throw new RegistrationRefused(Reason.CONFIGURATION_UNREACHABLE, url + " answered " + answer.status());
        }
        PlatformConfiguration platform = PlatformConfiguration.parse(answer.body());
        platform.requireIssuerOf(url);
        platform.requirePrivateKeyJwt();
        URI registrationEndpoint = endpoint(platform.registrationEndpoint());
        if (!registrationEndpoint.getHost().equalsIgnoreCase(url.getHost())) {
            throw new RegistrationRefused(Reason.CONFIGURATION_INVALID, "the registration endpoint " + registrationEndpoint
                    + " is not on " + url.getHost());
        }
        // the endpoints are stored only after the platform has registered the tool: check them before
        // asking it, so that no LMS keeps a registration this tool refused to store
        requireStorable(settings(platform, url, "(client_id to come)", ""));
        // the tool will call these later (keys on every launch, tokens for grades): the same address
        // rule as for the configuration, so that a registration cannot aim them into the tool's network
        for (String endpoint : List.of(platform.authorizationEndpoint(), platform.tokenEndpoint(), platform.jwksUri())) {
            String host;
            try {
                host = URI.create(endpoint.trim()).getHost();
            }
            catch (IllegalArgumentException e) {
                throw new RegistrationRefused(Reason.CONFIGURATION_INVALID, "the endpoint " + endpoint + " is not a URL");
            }
            requireReachable(host);
        }
        return platform;
    }

    /** Registers the tool with the platform and stores the registration. */
    Registered register(String configurationUrl, String registrationToken) {
        URI url = configurationUrl(configurationUrl);
        PlatformConfiguration platform = inspect(configurationUrl, registrationToken);
        List<String> scopes = scopes(platform);
        String body = JSON.writeValueAsString(tool.registrationRequest(platform, scopes));
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint(platform.registrationEndpoint())).timeout(lti.httpTimeout())
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (registrationToken != null && !registrationToken.isBlank()) {
            request.header("Authorization", "Bearer " + registrationToken);
        }
        Answer answer = send(request.build(), Reason.PLATFORM_REFUSED);
        if (answer.status() < 200 || answer.status() >= 300) {
            throw new RegistrationRefused(Reason.PLATFORM_REFUSED, "the registration endpoint answered " + answer.status()
                    + ": " + abbreviate(answer.body()));
        }
        JsonNode json = json(answer.body());
        String clientId = json.path("client_id").asString("");
        if (clientId.isBlank()) {
            throw new RegistrationRefused(Reason.RESPONSE_INVALID, "the registration answer has no client_id");
        }
        String deploymentId = json.path(TOOL_CONFIGURATION).path("deployment_id").asString(json.path("deployment_id").asString(""));
        PlatformSettings settings = settings(platform, url, clientId, deploymentId);
        requireStorable(settings);
        Registration saved = registry.saveRegistered(settings, deploymentId.isBlank());
        log.info("Dynamic registration stored iss={} client_id={} deployment={} family={} scopes={}", platform.issuer(), clientId,
                deploymentId.isBlank() ? "(first launch)" : deploymentId, platform.productFamily(), scopes.size());
        return new Registered(saved, platform, !deploymentId.isBlank());
    }

    private static PlatformSettings settings(PlatformConfiguration platform, URI url, String clientId, String deploymentId) {
        List<String> frameOrigins = new ArrayList<>();
        String configOrigin = Origins.of(url.toString());
        if (!configOrigin.equalsIgnoreCase(Origins.of(platform.issuer()))) {
            frameOrigins.add(configOrigin);
        }
        return new PlatformSettings(name(platform, url), platform.issuer(), clientId, platform.authorizationEndpoint(),
                platform.tokenEndpoint(), platform.jwksUri(), null, frameOrigins,
                deploymentId.isBlank() ? List.of() : List.of(deploymentId));
    }

    private void requireStorable(PlatformSettings settings) {
        List<String> problems = registry.problems(settings);
        if (!problems.isEmpty()) {
            throw new RegistrationRefused(Reason.CONFIGURATION_INVALID, String.join("; ", problems));
        }
    }

    /** The tool's scopes, less those the platform says it does not offer (Canvas refuses unknown scopes). */
    private static List<String> scopes(PlatformConfiguration platform) {
        if (platform.scopesSupported().isEmpty()) {
            return ToolDescription.SCOPES;
        }
        return ToolDescription.SCOPES.stream().filter(platform.scopesSupported()::contains).toList();
    }

    private static String name(PlatformConfiguration platform, URI url) {
        String family = platform.productFamily() == null ? "LMS" : capitalised(platform.productFamily());
        String where = platform.accountName() != null ? platform.accountName() : url.getHost();
        String name = family + " · " + where;
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private URI configurationUrl(String value) {
        if (value == null || value.isBlank()) {
            throw new RegistrationRefused(Reason.CONFIGURATION_MISSING, "no openid_configuration parameter");
        }
        URI url;
        try {
            url = URI.create(value.strip());
        }
        catch (IllegalArgumentException e) {
            throw new RegistrationRefused(Reason.CONFIGURATION_URL_INVALID, "openid_configuration is not a URL");
        }
        if (!url.isAbsolute() || url.getHost() == null || !schemeAllowed(url)) {
            throw new RegistrationRefused(Reason.CONFIGURATION_URL_INVALID,
                    "openid_configuration must be an https URL (plain http only on the loopback interface): " + value);
        }
        if (!properties.allows(url.getHost())) {
            throw new RegistrationRefused(Reason.HOST_NOT_ALLOWED, url.getHost() + " is not in deliberate.lti.registration.allowed-hosts");
        }
        requireReachable(url.getHost());
        return url;
    }

    /**
     * Refuses a host that resolves to a loopback, private, link-local, unique-local, shared (CGNAT)
     * or multicast address. The client resolves the name again when it connects, so a name whose
     * answer changes in between is not caught here; the page shows only a reason code either way.
     */
    /** A host the tool may call for a registration: public, trusted by the operator, or any in development. */
    private void requireReachable(String host) {
        if (!localPlatforms && !properties.mayBePrivate(host)) {
            requirePublicAddress(host);
        }
    }

    private static void requirePublicAddress(String host) {
        Optional<String> nonPublic;
        try {
            nonPublic = PublicAddresses.firstNonPublic(host);
        }
        catch (UnknownHostException | SecurityException e) {
            throw new RegistrationRefused(Reason.CONFIGURATION_UNREACHABLE, host + " does not resolve");
        }
        nonPublic.ifPresent(address -> {
            throw new RegistrationRefused(Reason.ADDRESS_NOT_PUBLIC, host + " resolves to " + address
                    + "; name it in deliberate.lti.registration.private-hosts to register an LMS on a private network");
        });
    }

    private static URI endpoint(String value) {
        try {
            URI uri = URI.create(value);
            if (uri.isAbsolute() && uri.getHost() != null && schemeAllowed(uri)) {
                return uri;
            }
        }
        catch (IllegalArgumentException e) {
            // reported below
        }
        throw new RegistrationRefused(Reason.CONFIGURATION_INVALID, "the registration endpoint " + value + " is not an https URL");
    }

    private static boolean schemeAllowed(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("https") || scheme.equals("http") && PublicAddresses.isLoopbackName(uri.getHost());
    }

    private record Answer(int status, String body) {
    }

    private Answer send(HttpRequest request, Reason failure) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = response.body() == null ? new byte[0] : response.body();
            if (body.length > MAX_BODY) {
                throw new RegistrationRefused(failure, request.uri() + " answered more than " + MAX_BODY + " bytes");
            }
            return new Answer(response.statusCode(), new String(body, StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new RegistrationRefused(failure, request.method() + " " + request.uri() + " failed: " + e.getMessage());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistrationRefused(failure, "interrupted");
        }
    }

    private static JsonNode json(String body) {
        try {
            JsonNode json = JSON.readTree(body);
            if (json != null && json.isObject()) {
                return json;
            }
        }
        catch (JacksonException e) {
            // reported below
        }
        throw new RegistrationRefused(Reason.RESPONSE_INVALID, "the registration answer is not a JSON object: " + abbreviate(body));
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
