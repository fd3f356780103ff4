package dev.deliberate.lti.registration;

import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.deliberate.lti.LtiProperties;
import dev.deliberate.lti.platform.CheckedResolver;
import dev.deliberate.lti.platform.CheckedResolver.HostLookup;
import dev.deliberate.lti.platform.PlatformHttpClients;
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
    private final HostLookup lookup;
    private final CloseableHttpClient http;

    @Autowired
    DynamicRegistration(ToolDescription tool, PlatformRegistry registry, RegistrationProperties properties, LtiProperties lti,
            @Value("${deliberate.lti.allow-http-platforms:false}") boolean localPlatforms) {
        this(tool, registry, properties, lti, localPlatforms, HostLookup.SYSTEM);
    }

    DynamicRegistration(ToolDescription tool, PlatformRegistry registry, RegistrationProperties properties, LtiProperties lti,
            boolean localPlatforms, HostLookup lookup) {
        this.tool = tool;
        this.registry = registry;
        this.properties = properties;
        this.lti = lti;
        this.localPlatforms = localPlatforms;
        this.lookup = lookup;
        // the connection resolves through the same check as requireReachable: what was checked is what is called
        this.http = PlatformHttpClients.create(lti.httpTimeout(),
                new CheckedResolver(lookup, host -> localPlatforms || properties.mayBePrivate(host)));
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
        HttpGet request = new HttpGet(url);
        request.setHeader("Accept", "application/json");
        if (registrationToken != null && !registrationToken.isBlank()) {
            // Canvas requires the token to read its configuration; Moodle ignores it
            request.setHeader("Authorization", "Bearer " + registrationToken);
        }
        Answer answer = send(request, Reason.CONFIGURATION_UNREACHABLE);
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
        HttpPost request = new HttpPost(endpoint(platform.registrationEndpoint()));
        request.setHeader("Accept", "application/json");
        request.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        if (registrationToken != null && !registrationToken.isBlank()) {
            request.setHeader("Authorization", "Bearer " + registrationToken);
        }
        Answer answer = send(request, Reason.PLATFORM_REFUSED);
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
     * A host the tool may call for a registration: public, trusted by the operator, or any in
     * development. Checked here for every endpoint the platform names, and again by the connection
     * itself ({@link CheckedResolver}) for the two the registration calls, on the very address it connects to.
     */
    private void requireReachable(String host) {
        if (!localPlatforms && !properties.mayBePrivate(host)) {
            requirePublicAddress(host);
        }
    }

    private void requirePublicAddress(String host) {
        try {
            new CheckedResolver(lookup, h -> false).resolve(host);
        }
        catch (CheckedResolver.NotPublic e) {
            throw new RegistrationRefused(Reason.ADDRESS_NOT_PUBLIC, host + " resolves to " + e.address()
                    + "; name it in deliberate.lti.registration.private-hosts to register an LMS on a private network");
        }
        catch (UnknownHostException | SecurityException e) {
            throw new RegistrationRefused(Reason.CONFIGURATION_UNREACHABLE, host + " does not resolve");
        }
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

    private Answer send(HttpUriRequestBase request, Reason failure) {
        try {
            return http.execute(request, response -> {
                byte[] body = response.getEntity() == null ? new byte[0] : response.getEntity().getContent().readNBytes(MAX_BODY + 1);
                if (body.length > MAX_BODY) {
                    throw new RegistrationRefused(failure, request.getRequestUri() + " answered more than " + MAX_BODY + " bytes");
                }
                return new Answer(response.getCode(), new String(body, StandardCharsets.UTF_8));
            });
        }
        catch (IOException e) {
            Optional<CheckedResolver.NotPublic> rebound = CheckedResolver.NotPublic.in(e);
            if (rebound.isPresent()) {
                throw new RegistrationRefused(Reason.ADDRESS_NOT_PUBLIC, request.getMethod() + " " + uri(request) + ": "
                        + rebound.get().getMessage() + " when connecting");
            }
            throw new RegistrationRefused(failure, request.getMethod() + " " + uri(request) + " failed: " + e.getMessage());
        }
    }

    private static String uri(HttpUriRequestBase request) {
        try {
            return request.getUri().toString();
        }
        catch (java.net.URISyntaxException e) {
            return request.getRequestUri();
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
