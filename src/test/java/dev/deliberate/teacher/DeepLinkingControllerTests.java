package dev.deliberate.teacher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.ui.ExtendedModelMap;

import dev.deliberate.course.CourseAssignments;
import dev.deliberate.course.CourseRole;
import dev.deliberate.course.CourseSession;
import dev.deliberate.course.Courses;
import dev.deliberate.lti.deeplinking.DeepLinkingRequestGone;
import dev.deliberate.lti.deeplinking.DeepLinkingRequests;
import dev.deliberate.lti.deeplinking.DeepLinkingResponses;
import dev.deliberate.lti.deeplinking.PendingDeepLink;
import dev.deliberate.practice.PracticeCatalog;
import dev.deliberate.shared.ToolUrls;

/**
 * The moment between the form's check that its request is still open and the signed answer: a
 * concurrent post may answer the request there (410, as when it was answered before), while any
 * other failure is the tool's error and must not be passed off as an answered request.
 */
class DeepLinkingControllerTests {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    private final DeepLinkingRequests requests = mock(DeepLinkingRequests.class);
    private final DeepLinkingResponses responses = mock(DeepLinkingResponses.class);
    private final CourseAssignments assignments = mock(CourseAssignments.class);
    private final Courses courses = mock(Courses.class);
    private final PracticeCatalog catalog = mock(PracticeCatalog.class);
    private final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
    private final CourseSession session = new CourseSession(1, 2, 3, 0, CourseRole.TEACHER, null, NOW, NOW.plus(Duration.ofHours(2)));
    private DeepLinkingController controller;

    @BeforeEach
    void openRequest() {
        when(courses.placement(session)).thenReturn(new Courses.CoursePlacement(7, "deployment-1", "course-1"));
        when(requests.find("request-1")).thenReturn(Optional.of(new PendingDeepLink("request-1", 7, "deployment-1", "course-1",
                "https://lms.example.edu/return", null, false, "Practice", NOW.plus(Duration.ofHours(1)), null)));
        when(catalog.defaultSubject()).thenReturn("math");
        when(catalog.offers("math")).thenReturn(true);
        when(catalog.offer("math")).thenReturn(new PracticeCatalog.Offer(List.of("two-step"), List.of("two-step"), List.of("finance"),
                20, 0.8));
        when(assignments.create(eq(7L), eq("deployment-1"), eq("course-1"), any())).thenReturn(42L);
        when(assignments.parameterValue(42, 7)).thenReturn("42.signature");
        controller = new DeepLinkingController(requests, responses, assignments, courses, catalog,
                new ToolUrls(URI.create("https://tool.example.org")), Clock.fixed(NOW, ZoneOffset.UTC), transactions);
    }

    @Test
    void aRequestAnsweredMeanwhileIsGone() {
        when(responses.answer(eq("request-1"), anyList())).thenThrow(new DeepLinkingRequestGone("answered meanwhile"));
        MockHttpServletResponse response = new MockHttpServletResponse();

        String view = controller.choose(session, "request-1", validForm(), new ExtendedModelMap(), response);

        assertThat(view).isEqualTo("teacher/deep-linking-gone");
        assertThat(response.getStatus()).isEqualTo(410);
        verify(transactions).rollback(any());
    }

    @Test
    void anAnswerThatCannotBeSignedIsAnErrorAndNotAnAnsweredRequest() {
        when(responses.answer(eq("request-1"), anyList())).thenThrow(new IllegalStateException("Cannot sign the Deep Linking response"));
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThatThrownBy(() -> controller.choose(session, "request-1", validForm(), new ExtendedModelMap(), response))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Cannot sign");
        assertThat(response.getStatus()).isNotEqualTo(410);
        verify(transactions).rollback(any());
    }

    private static AssignmentForm validForm() {
        AssignmentForm form = new AssignmentForm();
        form.setTitle("Equations");
        form.setSkills(List.of("two-step"));
        form.setTargetPercent("80");
        form.setMinimumItems("10");
        return form;
    }
}
