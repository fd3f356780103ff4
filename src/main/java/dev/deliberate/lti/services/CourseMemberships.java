package dev.deliberate.lti.services;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import dev.deliberate.lti.services.ServiceFailure.Kind;

/**
 * Names and Role Provisioning Services 2.0: a course's members, following {@code rel="next"} across
 * pages and keeping the {@code rel="differences"} link for an incremental read next time. Both links
 * must stay on the origin of the page that gave them, since they are called with the same token.
 */
@Component
public class CourseMemberships {

    static final String CONTAINER_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    private static final int MAX_PAGES = 500;

    private final PlatformCalls calls;

    CourseMemberships(PlatformCalls calls) {
        this.calls = calls;
    }

    /** The NRPS role of students, for {@link #members(long, String, String)}. */
    public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

    /** Every member, from {@code membershipsUrl} (the launch's URL, or an earlier differences link). */
    public Roster members(long platformId, String membershipsUrl) {
        return members(platformId, membershipsUrl, null);
    }

    /**
     * The members holding {@code role} (NRPS 2.0 §2.3, the {@code role} query parameter), or every
     * member when {@code role} is null.
     */
    public Roster members(long platformId, String membershipsUrl, String role) {
        List<Member> members = new ArrayList<>();
        String differences = null;
        String url = role == null ? membershipsUrl : withQuery(membershipsUrl, "role", role);
        for (int page = 0; url != null; page++) {
            if (page == MAX_PAGES) {
                throw new ServiceFailure(Kind.PERMANENT, 200, "more than " + MAX_PAGES + " pages of members", null);
            }
            ServiceAnswer answer = calls.call(platformId, ServiceScopes.NRPS, "memberships",
                    r -> r.header("Accept", CONTAINER_TYPE).GET(), url);
            JsonNode list = AssignmentGrades.tree(answer.body()).path("members");
            list.forEach(node -> members.add(member(node)));
            differences = answer.link("differences").orElse(differences);
            url = answer.link("next").orElse(null);
        }
        return new Roster(List.copyOf(members), differences);
    }

    private static String withQuery(String url, String name, String value) {
        int fragment = url.indexOf('#');
        String base = fragment < 0 ? url : url.substring(0, fragment);
        return base + (base.contains("?") ? "&" : "?") + name + "="
                + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Member member(JsonNode node) {
        List<String> roles = new ArrayList<>();
        node.path("roles").forEach(role -> roles.add(role.asString("")));
        return new Member(node.path("user_id").asString(""), node.path("name").asString(null), node.path("given_name").asString(null),
                node.path("family_name").asString(null), node.path("email").asString(null), List.copyOf(roles),
                node.path("status").asString("Active"));
    }
}
