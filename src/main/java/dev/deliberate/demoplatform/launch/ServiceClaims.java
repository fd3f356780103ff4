package dev.deliberate.demoplatform.launch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.nimbusds.jwt.JWTClaimsSet;

import dev.deliberate.demoplatform.api.ServiceUrls;
import dev.deliberate.demoplatform.client.AdvantageScopes;
import dev.deliberate.demoplatform.client.ToolClient;
import dev.deliberate.demoplatform.course.DemoCourse;

/**
 * The LTI Advantage service claims of a launch: where the tool finds the course's line items
 * (AGS 2.0 endpoint claim) and members (NRPS 2.0 claim), limited to the scopes the client may have.
 */
@Component
@Profile("demo")
class ServiceClaims {

    static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";

    private final ServiceUrls urls;

    ServiceClaims(ServiceUrls urls) {
        this.urls = urls;
    }

    /** Adds the AGS claim (with {@code lineitem} when the link is graded) and the NRPS claim. */
    void add(JWTClaimsSet.Builder claims, ToolClient client, Long lineItemId) {
        List<String> agsScopes = AdvantageScopes.AGS.stream().filter(client::allows).toList();
        if (!agsScopes.isEmpty()) {
            Map<String, Object> endpoint = new LinkedHashMap<>();
            endpoint.put("scope", agsScopes);
            endpoint.put("lineitems", urls.lineItems(DemoCourse.CONTEXT_ID));
            if (lineItemId != null) {
                endpoint.put("lineitem", urls.lineItem(DemoCourse.CONTEXT_ID, lineItemId));
            }
            claims.claim(AGS, endpoint);
        }
        if (client.allows(AdvantageScopes.MEMBERSHIP_READONLY)) {
            claims.claim(NRPS, Map.of("context_memberships_url", urls.memberships(DemoCourse.CONTEXT_ID),
                    "service_versions", List.of("2.0")));
        }
    }
}
