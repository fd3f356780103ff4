package dev.deliberate.demoplatform.launch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import dev.deliberate.demoplatform.DemoKeys;
import dev.deliberate.demoplatform.DemoProperties;
import dev.deliberate.demoplatform.client.ToolClient;
import dev.deliberate.demoplatform.course.DemoCourse;
import dev.deliberate.demoplatform.course.DemoLink;
import dev.deliberate.demoplatform.course.DemoPerson;
import dev.deliberate.demoplatform.deeplinking.DeepLinkingData;

/** Signs the demo platform's LTI 1.3 messages: resource link launches and deep linking requests. */
@Component
@Profile("demo")
class IdTokens {

    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String DEEP_LINKING_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private final DemoKeys keys;
    private final DemoProperties properties;
    private final ServiceClaims services;
    private final DeepLinkingData deepLinkingData;
    private final Clock clock;

    IdTokens(DemoKeys keys, DemoProperties properties, ServiceClaims services, DeepLinkingData deepLinkingData, Clock clock) {
        this.keys = keys;
        this.properties = properties;
        this.services = services;
        this.deepLinkingData = deepLinkingData;
        this.clock = clock;
    }

    /** An LtiResourceLinkRequest for the person launching the link (LTI 1.3 core: required and optional claims). */
    String resourceLink(ToolClient client, DemoPerson person, DemoLink link, String nonce) {
        String target = link.url() == null ? client.targetLinkUri() : link.url();
        JWTClaimsSet.Builder claims = common(client, person, nonce, MessageType.LtiResourceLinkRequest, target)
                .claim(LTI + "resource_link", Map.of("id", link.id(), "title", link.title()));
        Map<String, String> custom = new LinkedHashMap<>(client.custom());
        custom.putAll(link.custom());
        if (!custom.isEmpty()) {
            claims.claim(LTI + "custom", custom);
        }
        services.add(claims, client, link.lineItemId());
        return sign(claims.build());
    }

    /** An LtiDeepLinkingRequest: no resource link, the teacher choosing what to add (Deep Linking 2.0, request message). */
    String deepLinking(ToolClient client, DemoPerson teacher, String nonce) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("deep_link_return_url", properties.url("/demo/deep-linking/return"));
        settings.put("accept_types", List.of("ltiResourceLink"));
        settings.put("accept_presentation_document_targets", List.of("iframe", "window"));
        settings.put("accept_multiple", false);
        settings.put("accept_lineitem", true);
        settings.put("auto_create", true);
        settings.put("title", "A Deliberate activity for " + DemoCourse.TITLE);
        settings.put("text", "Practice chosen by the teacher of " + DemoCourse.TITLE);
        settings.put("data", deepLinkingData.seal(client.clientId(), DemoCourse.CONTEXT_ID));
        JWTClaimsSet.Builder claims = common(client, teacher, nonce, MessageType.LtiDeepLinkingRequest,
                client.deepLinkingTarget()).claim(DEEP_LINKING_SETTINGS, settings);
        services.add(claims, client, null);
        return sign(claims.build());
    }

    private JWTClaimsSet.Builder common(ToolClient client, DemoPerson person, String nonce, MessageType type, String target) {
        Instant now = clock.instant();
        return new JWTClaimsSet.Builder()
                .issuer(properties.issuer())
                .audience(client.clientId())
                .subject(person.id())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .claim("nonce", nonce)
                .claim("azp", client.clientId())
                .claim("name", person.name())
                .claim("given_name", person.givenName())
                .claim("family_name", person.familyName())
                .claim("email", person.email())
                .claim(LTI + "message_type", type.name())
                .claim(LTI + "version", "1.3.0")
                .claim(LTI + "deployment_id", client.deploymentId())
                .claim(LTI + "target_link_uri", target)
                .claim(LTI + "context", Map.of("id", DemoCourse.CONTEXT_ID, "label", DemoCourse.LABEL,
                        "title", DemoCourse.TITLE, "type", List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering")))
                .claim(LTI + "roles", person.roles())
                .claim(LTI + "launch_presentation", Map.of("document_target", "iframe", "locale", person.locale(),
                        "return_url", properties.url("/demo")))
                .claim(LTI + "tool_platform", Map.of("guid", properties.issuer(), "name", "Deliberate demo LMS",
                        "product_family_code", "deliberate-demo", "version", "1"));
    }

    private String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keys.signingKey().getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(keys.signingKey()));
        }
        catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a demo launch", e);
        }
        return jwt.serialize();
    }
}
