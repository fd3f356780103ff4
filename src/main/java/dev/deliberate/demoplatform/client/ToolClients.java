package dev.deliberate.demoplatform.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dev.deliberate.demoplatform.DemoProperties;
import dev.deliberate.shared.DbTime;
import dev.deliberate.shared.ToolUrls;

/**
 * The tool clients of the demo platform. The configured client is Deliberate at its own URLs
 * ({@code deliberate.demo.client-id}); it lives in settings because those URLs follow
 * {@code deliberate.base-url}. Dynamically registered clients live in {@code demo_tool_client}.
 */
@Component
@Profile("demo")
public class ToolClients {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> CUSTOM = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ToolClient configured;

    ToolClients(JdbcClient jdbc, JsonMapper json, DemoProperties properties, ToolUrls tool) {
        this.jdbc = jdbc;
        this.json = json;
        this.configured = new ToolClient(properties.clientId(), properties.deploymentId(), "Deliberate",
                tool.url("/lti/login"), List.of(tool.url("/lti/launch")), tool.url("/.well-known/jwks.json"),
                tool.url("/lti/launch"), null, Set.copyOf(AdvantageScopes.ALL), Map.of(), null);
    }

    public ToolClient configured() {
        return configured;
    }

    public Optional<ToolClient> find(String clientId) {
        if (configured.clientId().equals(clientId)) {
            return Optional.of(configured);
        }
        return jdbc.sql("SELECT * FROM demo_tool_client WHERE client_id = ?").param(clientId).query(this::read).optional();
    }

    /** The configured client first, then the registered ones, oldest first. */
    public List<ToolClient> all() {
        List<ToolClient> registered = jdbc.sql("SELECT * FROM demo_tool_client ORDER BY created_at, client_id")
                .query(this::read).list();
        return Stream.concat(Stream.of(configured), registered.stream()).toList();
    }

    /** Stores a client registered dynamically, with the registration request as the tool sent it. */
    public void register(ToolClient client, String registration) {
        jdbc.sql("""
                INSERT INTO demo_tool_client (client_id, deployment_id, client_name, initiate_login_uri, redirect_uris,
                    jwks_uri, target_link_uri, deep_linking_uri, scopes, custom_parameters, registration, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(client.clientId(), client.deploymentId(), client.name(), client.initiateLoginUri(),
                        json.writeValueAsString(client.redirectUris()), client.jwksUri(), client.targetLinkUri(),
                        client.deepLinkingUri(), String.join(" ", client.scopes()), json.writeValueAsString(client.custom()),
                        registration, DbTime.of(client.createdAt()))
                .update();
    }

    private ToolClient read(ResultSet rs, int row) throws SQLException {
        String custom = rs.getString("custom_parameters");
        String scopes = rs.getString("scopes");
        return new ToolClient(rs.getString("client_id"), rs.getString("deployment_id"), rs.getString("client_name"),
                rs.getString("initiate_login_uri"), json.readValue(rs.getString("redirect_uris"), STRINGS),
                rs.getString("jwks_uri"), rs.getString("target_link_uri"), rs.getString("deep_linking_uri"),
                scopes.isBlank() ? Set.of() : Set.of(scopes.split(" ")),
                custom == null ? Map.of() : json.readValue(custom, CUSTOM), DbTime.read(rs, "created_at"));
    }
}
