package dev.deliberate.demoplatform.deeplinking;

import java.text.ParseException;
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
 * Verifies an LtiDeepLinkingResponse JWT as Deep Linking 2.0 asks of a platform receiving a response: signed
 * by the tool's key, addressed to this platform, fresh, of the tool's deployment, and answering a
 * request this platform made. Each rule refuses with its own reason.
 */
@Component
@Profile("demo")
class DemoDeepLinkingResponses {

    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    private static final Duration LEEWAY = Duration.ofSeconds(60);

    private final ToolClients clients;
    private final ClientSignatures signatures;
    private final UsedValues usedValues;
    private final DeepLinkingData data;
    private final DemoProperties properties;
    private final Clock clock;

    DemoDeepLinkingResponses(ToolClients clients, ClientSignatures signatures, UsedValues usedValues, DeepLinkingData data,
            DemoProperties properties, Clock clock) {
        this.clients = clients;
        this.signatures = signatures;
        this.usedValues = usedValues;
        this.data = data;
        this.properties = properties;
        this.clock = clock;
    }

    DeepLinkingResponse verify(String jwt) {
        ToolClient client = sender(jwt);
        JWTClaimsSet claims;
        try {
            claims = signatures.verify(client, jwt);
        }
        catch (ClientSignatures.Refused e) {
            throw new DeepLinkingRefused(e.getMessage());
        }
        checkAudience(claims.getAudience());
        Instant expiry = checkTimes(claims);
        checkMessage(claims, client);
        String courseId = data.courseOf(text(claims, DL + "data"), client.clientId())
                .orElseThrow(() -> new DeepLinkingRefused("data is not the value this platform sent, or it has expired"));
        List<ResourceLinkItem> items = ContentItems.read(claims.getClaim(DL + "content_items"), client);
        checkNonce(text(claims, "nonce"), client, expiry);
        return new DeepLinkingResponse(client, courseId, items, text(claims, DL + "msg"), text(claims, DL + "errormsg"));
    }

    private ToolClient sender(String jwt) {
        String issuer;
        try {
            issuer = ClientSignatures.unverifiedClaims(jwt).getIssuer();
        }
        catch (ClientSignatures.Refused e) {
            throw new DeepLinkingRefused(e.getMessage());
        }
        // Deep Linking 2.0, response message: iss is the tool's client_id
        return clients.find(issuer).orElseThrow(() -> new DeepLinkingRefused("iss " + issuer + " is not a client_id here"));
    }

    private void checkAudience(List<String> audience) {
        // Deep Linking 2.0, response message: aud is the platform's issuer
        if (audience == null || !audience.contains(properties.issuer())) {
            throw new DeepLinkingRefused("aud must be this platform's issuer " + properties.issuer() + ", was " + audience);
        }
    }

    private Instant checkTimes(JWTClaimsSet claims) {
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        if (exp == null || !exp.toInstant().plus(LEEWAY).isAfter(now)) {
            throw new DeepLinkingRefused("the response has expired or has no exp");
        }
        Date iat = claims.getIssueTime();
        if (iat == null || iat.toInstant().isAfter(now.plus(LEEWAY))) {
            throw new DeepLinkingRefused("the response has no iat or was issued in the future");
        }
        return exp.toInstant().plus(LEEWAY);
    }

    private static void checkMessage(JWTClaimsSet claims, ToolClient client) {
        if (!"LtiDeepLinkingResponse".equals(text(claims, LTI + "message_type"))) {
            throw new DeepLinkingRefused("message_type must be LtiDeepLinkingResponse");
        }
        if (!"1.3.0".equals(text(claims, LTI + "version"))) {
            throw new DeepLinkingRefused("version must be 1.3.0");
        }
        if (!client.deploymentId().equals(text(claims, LTI + "deployment_id"))) {
            throw new DeepLinkingRefused("deployment_id must be the tool's deployment " + client.deploymentId());
        }
    }

    private void checkNonce(String nonce, ToolClient client, Instant rememberUntil) {
        if (nonce == null || nonce.isBlank()) {
            throw new DeepLinkingRefused("nonce is required");
        }
        if (!usedValues.firstUse("deep-linking-nonce", client.clientId(), nonce, rememberUntil)) {
            throw new DeepLinkingRefused("this response (nonce " + nonce + ") was already received");
        }
    }

    private static String text(JWTClaimsSet claims, String name) {
        try {
            return claims.getStringClaim(name);
        }
        catch (ParseException e) {
            throw new DeepLinkingRefused(name + " must be a string");
        }
    }
}
