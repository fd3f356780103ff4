package dev.deliberate.demoplatform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import dev.deliberate.demoplatform.DemoCourse.DemoPerson;

/** Signs the demo platform's LTI 1.3 resource link launches. */
final class IdTokens {

    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private final DemoKeys keys;
    private final DemoProperties properties;
    private final Clock clock;
    private final RSASSASigner signer;

    IdTokens(DemoKeys keys, DemoProperties properties, Clock clock) {
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
        try {
            this.signer = new RSASSASigner(keys.signingKey());
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String launch(DemoPerson person, String nonce, String targetLinkUri) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(properties.issuer())
                .audience(properties.clientId())
                .subject(person.id())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .claim("nonce", nonce)
                .claim("azp", properties.clientId())
                .claim("name", person.name())
                .claim("given_name", person.givenName())
                .claim("family_name", person.familyName())
                .claim("email", person.email())
                .claim(LTI + "message_type", "LtiResourceLinkRequest")
                .claim(LTI + "version", "1.3.0")
                .claim(LTI + "deployment_id", properties.deploymentId())
                .claim(LTI + "target_link_uri", targetLinkUri)
                .claim(LTI + "resource_link", Map.of("id", DemoCourse.LINK_ID, "title", DemoCourse.LINK_TITLE))
                .claim(LTI + "context", Map.of("id", DemoCourse.CONTEXT_ID, "label", DemoCourse.LABEL,
                        "title", DemoCourse.TITLE, "type", List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering")))
                .claim(LTI + "roles", person.teacher() ? List.of(MEMBERSHIP + "Instructor") : List.of(MEMBERSHIP + "Learner"))
                .claim(LTI + "launch_presentation", Map.of("document_target", "iframe", "locale", person.locale(),
                        "return_url", properties.url("/demo")))
                .claim(LTI + "tool_platform", Map.of("guid", properties.issuer(), "name", "Deliberate demo LMS",
                        "product_family_code", "deliberate-demo", "version", "1"))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keys.signingKey().getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        }
        catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a demo launch", e);
        }
        return jwt.serialize();
    }
}
