package dev.deliberate.demoplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Value;

import tools.jackson.databind.JsonNode;

import dev.deliberate.demoplatform.DemoHttp.Answer;
import dev.deliberate.testing.IntegrationTestSupport;

/** Names and Role Provisioning Service 2.0 on the demo platform: paging, filters and differences. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NamesAndRolesTests extends IntegrationTestSupport {

    static final String CONTAINER = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    static final String SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

    @Value("${deliberate.demo.base-url}")
    String demoUrl;

    TestTool tool;
    String memberships;

    @BeforeAll
    void register() {
        tool = TestTool.registered(demoUrl, clock, DynamicRegistrationTests.ALL_SCOPES);
        memberships = demoUrl + "/demo/api/courses/demo-course-algebra-1/memberships";
    }

    @AfterAll
    void close() {
        tool.close();
    }

    @Test
    void followingNextWithLimitTenReadsAllThirtyOneMembersInFourPages() {
        Map<String, String> bearer = TestTool.bearer(tool.token(SCOPE));
        List<JsonNode> members = new ArrayList<>();
        String next = memberships + "?limit=10";
        int pages = 0;
        while (next != null) {
            Answer page = tool.http().get(next, bearer);
            assertThat(page.contentType()).startsWith(CONTAINER);
            page.json().get("members").values().forEach(members::add);
            next = page.link("next").orElse(null);
            pages++;
        }

        assertThat(pages).isEqualTo(4);
        assertThat(members).hasSize(31).extracting(m -> m.get("user_id").stringValue()).doesNotHaveDuplicates()
                .contains("demo-teacher-1", "demo-student-01", "demo-student-30");
        JsonNode amara = members.stream().filter(m -> m.get("user_id").stringValue().equals("demo-student-01")).findFirst().orElseThrow();
        assertThat(amara.get("name").stringValue()).isEqualTo("Amara Okafor");
        assertThat(amara.get("given_name").stringValue()).isEqualTo("Amara");
        assertThat(amara.get("family_name").stringValue()).isEqualTo("Okafor");
        assertThat(amara.get("email").stringValue()).isEqualTo("demo-student-01@demo.deliberate.invalid");
        assertThat(amara.get("roles").values()).extracting(JsonNode::stringValue).containsExactly(LEARNER);
    }

    @Test
    void theContainerNamesItsContextAndPagesByTenByDefault() {
        Answer first = tool.http().get(memberships, TestTool.bearer(tool.token(SCOPE)));

        JsonNode body = first.json();
        assertThat(body.get("id").stringValue()).isEqualTo(memberships);
        assertThat(body.get("context").get("id").stringValue()).isEqualTo("demo-course-algebra-1");
        assertThat(body.get("context").get("label").stringValue()).isEqualTo("ALG-1");
        assertThat(body.get("context").get("title").stringValue()).isEqualTo("Algebra 1");
        assertThat(body.get("members").values()).hasSize(10);
        assertThat(first.link("next")).isPresent();
    }

    @Test
    void theRoleFilterTakesAFullUriOrASimpleName() {
        Map<String, String> bearer = TestTool.bearer(tool.token(SCOPE));

        Answer learners = tool.http().get(memberships + "?role=Learner&limit=100", bearer);
        Answer instructors = tool.http().get(memberships + "?role=" + URLEncoder.encode(INSTRUCTOR, StandardCharsets.UTF_8), bearer);

        assertThat(learners.json().get("members").values()).hasSize(30);
        assertThat(instructors.json().get("members").values()).extracting(m -> m.get("user_id").stringValue())
                .containsExactly("demo-teacher-1");
    }

    @Test
    void theDifferencesLinkReportsOnlyMembersChangedSince() {
        Map<String, String> bearer = TestTool.bearer(tool.token(SCOPE));
        String differences = tool.http().get(memberships, bearer).link("differences").orElseThrow();
        assertThat(tool.http().get(differences, bearer).json().get("members").values()).isEmpty();

        withdraw("demo-student-12", "Inactive");
        try {
            JsonNode changed = tool.http().get(differences, bearer).json().get("members");

            assertThat(changed.values()).extracting(m -> m.get("user_id").stringValue()).containsExactly("demo-student-12");
            assertThat(changed.get(0).get("status").stringValue()).isEqualTo("Inactive");
        }
        finally {
            withdraw("demo-student-12", "Active");
        }
    }

    @Test
    void aLinkOfAnotherToolIsNotAnRlidThisToolMayAskFor() {
        Answer answer = tool.http().get(memberships + "?rlid=demo-link-linear-equations", TestTool.bearer(tool.token(SCOPE)));

        assertThat(answer.status()).isEqualTo(400);
    }

    @Test
    void theRlidFilterAcceptsTheToolsOwnLink() {
        String linkId = DeepLinkingTests.addActivity(tool, demoUrl, "Roster check", null);

        Answer answer = tool.http().get(memberships + "?rlid=" + linkId + "&limit=100", TestTool.bearer(tool.token(SCOPE)));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("members").values()).hasSize(31);
    }

    @Test
    void membershipsNeedTheNrpsScope() {
        Answer none = tool.http().get(memberships, Map.of());
        Answer agsOnly = tool.http().get(memberships,
                TestTool.bearer(tool.token("https://purl.imsglobal.org/spec/lti-ags/scope/score")));

        assertThat(none.status()).isEqualTo(401);
        assertThat(agsOnly.status()).isEqualTo(403);
    }

    private void withdraw(String userId, String status) {
        Answer answer = tool.http().form(demoUrl + "/demo/roster/" + userId, Map.of("status", status));
        assertThat(answer.status()).isEqualTo(302);
    }
}
