package dev.deliberate.lti.deeplinking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import dev.deliberate.lti.keys.ToolKeyring;
import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.Registration;
import dev.deliberate.shared.RandomTokens;

/**
 * Answers a Deep Linking request (Deep Linking 2.0 §4.5): a JWT signed with the tool's key, iss =
 * the tool's client_id, aud = the platform's issuer, the deployment, a nonce, the content items and
 * the request's {@code data} echoed, to be form-posted to the return URL as {@code JWT}.
 */
@Component
public class DeepLinkingResponses {

    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    private static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private final DeepLinkingRequests requests;
    private final PlatformRegistry registry;
    private final ToolKeyring keyring;
    private final Clock clock;

    DeepLinkingResponses(DeepLinkingRequests requests, PlatformRegistry registry, ToolKeyring keyring, Clock clock) {
        this.requests = requests;
        this.registry = registry;
        this.keyring = keyring;
        this.clock = clock;
    }

    /** A response ready to post, and where. */
    public record Answer(String returnUrl, String jwt) {
    }

    /**
     * Signs the answer and marks the request used.
     *
     * @throws DeepLinkingRequestGone when the request was answered already or has expired
     * @throws IllegalStateException  when the platform's registration was removed or the answer cannot be signed
     */
    public Answer answer(String requestId, List<ContentItem> items) {
        PendingDeepLink request = requests.find(requestId).filter(r -> r.answerable(clock.instant()))
                .orElseThrow(() -> new DeepLinkingRequestGone("the Deep Linking request was answered already or has expired"));
        Registration platform = registry.find(request.platformId())
                .orElseThrow(() -> new IllegalStateException("the platform registration no longer exists"));
        if (!requests.use(requestId)) {
            throw new DeepLinkingRequestGone("the Deep Linking request was answered meanwhile or has expired");
        }
        return new Answer(request.returnUrl(), sign(platform, request, items));
    }

    private String sign(Registration platform, PendingDeepLink request, List<ContentItem> items) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(platform.clientId())
                .audience(platform.issuer())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(RandomTokens.next())
                .claim("nonce", RandomTokens.next())
                .claim(LTI + "message_type", "LtiDeepLinkingResponse")
                .claim(LTI + "version", "1.3.0")
                .claim(LTI + "deployment_id", request.deploymentId())
                .claim(DL + "content_items", items.stream().map(DeepLinkingResponses::item).toList());
        if (request.data() != null) {
            claims.claim(DL + "data", request.data());
        }
        RSAKey key = keyring.signingKey();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        }
        catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign the Deep Linking response", e);
        }
    }

    private static Map<String, Object> item(ContentItem item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", "ltiResourceLink");
        json.put("title", item.title());
        if (item.text() != null) {
            json.put("text", item.text());
        }
        json.put("url", item.url());
        json.put("custom", item.custom());
        Map<String, Object> lineItem = new LinkedHashMap<>();
        lineItem.put("scoreMaximum", item.scoreMaximum());
        lineItem.put("label", item.label());
        lineItem.put("resourceId", item.resourceId());
        lineItem.put("tag", item.tag());
        json.put("lineItem", lineItem);
        return json;
    }
}
