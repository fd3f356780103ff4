package dev.deliberate.demoplatform.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.nimbusds.jwt.JWTClaimsSet;

import dev.deliberate.demoplatform.DemoProperties;
import dev.deliberate.demoplatform.client.ClientSignatures;
import dev.deliberate.demoplatform.client.ToolClient;
import dev.deliberate.demoplatform.client.ToolClients;
import dev.deliberate.demoplatform.client.UsedValues;

/**
 * Authenticates a tool by its client assertion (RFC 7523 section 3, LTI Security Framework: client credentials grant):
 * a JWT the tool signed with a key in its JWKS. Each rule refuses with {@code invalid_client} and
 * says which rule failed.
 */
@Component
@Profile("demo")
class ClientAssertions {

    private static final Duration LEEWAY = Duration.ofSeconds(60);
    private static final Duration MAX_LIFETIME = Duration.ofHours(1);

    private final ToolClients clients;
    private final ClientSignatures signatures;
    private final UsedValues usedValues;
    private final DemoProperties properties;
    private final Clock clock;

    ClientAssertions(ToolClients clients, ClientSignatures signatures, UsedValues usedValues, DemoProperties properties,
            Clock clock) {
        this.clients = clients;
        this.signatures = signatures;
        this.usedValues = usedValues;
        this.properties = properties;
        this.clock = clock;
    }

    /** The client that signed this assertion, once every rule holds. */
    ToolClient authenticate(String assertion) {
        ToolClient client = claimedClient(assertion);
        JWTClaimsSet claims;
        try {
            claims = signatures.verify(client, assertion);
        }
        catch (ClientSignatures.Refused e) {
            throw TokenError.invalidClient("client assertion refused: " + e.getMessage());
        }
        checkIssuerAndSubject(claims, client);
        checkAudience(claims.getAudience());
        Instant expiry = checkTimes(claims);
        checkJti(claims.getJWTID(), client, expiry);
        return client;
    }

    private ToolClient claimedClient(String assertion) {
        JWTClaimsSet unverified;
        try {
            unverified = ClientSignatures.unverifiedClaims(assertion);
        }
        catch (ClientSignatures.Refused e) {
            throw TokenError.invalidClient("client assertion refused: " + e.getMessage());
        }
        String issuer = unverified.getIssuer();
        if (issuer == null || issuer.isBlank()) {
            throw TokenError.invalidClient("client assertion has no iss (it must be the client_id)");
        }
        return clients.find(issuer).orElseThrow(() -> TokenError.invalidClient("unknown client " + issuer));
    }

    private static void checkIssuerAndSubject(JWTClaimsSet claims, ToolClient client) {
        // RFC 7523 section 3.2: for client authentication, sub MUST be the client_id (iss was matched to it above)
        if (!client.clientId().equals(claims.getSubject())) {
            throw TokenError.invalidClient("client assertion sub must equal iss, the client_id " + client.clientId());
        }
    }

    private void checkAudience(List<String> audience) {
        // RFC 7523 section 3, rule 3: aud MUST identify the authorization server: its token endpoint, or its issuer
        String tokenEndpoint = properties.url("/demo/token");
        if (audience == null || !(audience.contains(tokenEndpoint) || audience.contains(properties.issuer()))) {
            throw TokenError.invalidClient("client assertion aud must be the token endpoint " + tokenEndpoint
                    + ", was " + audience);
        }
    }

    private Instant checkTimes(JWTClaimsSet claims) {
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        // RFC 7523 section 3, rule 4: exp MUST be present and the JWT MUST be rejected after it
        if (exp == null || !exp.toInstant().plus(LEEWAY).isAfter(now)) {
            throw TokenError.invalidClient("client assertion has expired or has no exp");
        }
        if (exp.toInstant().isAfter(now.plus(MAX_LIFETIME))) {
            throw TokenError.invalidClient("client assertion lives longer than " + MAX_LIFETIME.toMinutes() + " minutes");
        }
        Date iat = claims.getIssueTime();
        if (iat == null || iat.toInstant().isAfter(now.plus(LEEWAY))) {
            throw TokenError.invalidClient("client assertion has no iat or was issued in the future");
        }
        return exp.toInstant().plus(LEEWAY);
    }

    private void checkJti(String jti, ToolClient client, Instant rememberUntil) {
        // RFC 7523 section 3, rule 7, and the LTI Security Framework: a jti may be used only once
        if (jti == null || jti.isBlank()) {
            throw TokenError.invalidClient("client assertion has no jti");
        }
        if (!usedValues.firstUse("client-assertion", client.clientId(), jti, rememberUntil)) {
            throw TokenError.invalidClient("client assertion jti " + jti + " was already used");
        }
    }
}
