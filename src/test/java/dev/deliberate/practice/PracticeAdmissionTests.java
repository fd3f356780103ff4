package dev.deliberate.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PracticeAdmissionTests {

    private final PracticeAdmission admission = new PracticeAdmission(1, Duration.ofMillis(200));

    @Test
    void aPracticeRequestWaitsForTheRunningOneAndIsRefusedWhenItWaitedTooLong() throws Exception {
        Held first = hold("/student/attempts");
        AtomicInteger ran = new AtomicInteger();

        MockHttpServletResponse second = run("/student/attempts", (request, response) -> ran.incrementAndGet());
        assertThat(second.getStatus()).isEqualTo(503);
        assertThat(second.getHeader("Retry-After")).isEqualTo("5");

        assertThat(first.release().getStatus()).isEqualTo(200);
        MockHttpServletResponse third = run("/student/hints", (request, response) -> ran.incrementAndGet());
        assertThat(third.getStatus()).isEqualTo(200);
        assertThat(ran).hasValue(1);
    }

    @Test
    void launchesAndOtherPagesAreNotHeldBackByPractice() throws Exception {
        Held practising = hold("/student");
        AtomicInteger ran = new AtomicInteger();
        for (String path : new String[] { "/lti/launch", "/teacher", "/studentish", "/admin/api/platforms" }) {
            assertThat(run(path, (request, response) -> ran.incrementAndGet()).getStatus()).as(path).isEqualTo(200);
        }
        assertThat(ran).hasValue(4);
        assertThat(practising.release().getStatus()).isEqualTo(200);
    }

    @Test
    void aLaunchForwardedToTheStudentPageWaitsItsTurnHoweverLong() throws Exception {
        Held practising = hold("/student/attempts");
        AtomicInteger ran = new AtomicInteger();
        CompletableFuture<MockHttpServletResponse> launch = CompletableFuture.supplyAsync(() -> run("/student",
                DispatcherType.FORWARD, (request, response) -> ran.incrementAndGet()));

        // four times the queue timeout, and still waiting rather than refused
        assertThatThrownBy(() -> launch.get(800, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        assertThat(practising.release().getStatus()).isEqualTo(200);
        assertThat(launch.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(ran).hasValue(1);
    }

    @Test
    void aRequestWaitingForAModelLetsAnotherPracticeMeanwhileAndGoesOnOnlyWithItsPermitBack() throws Exception {
        CountDownLatch otherRan = new CountDownLatch(1);
        AtomicInteger afterWait = new AtomicInteger();
        CompletableFuture<MockHttpServletResponse> waiting = CompletableFuture.supplyAsync(() -> run("/student/attempts",
                (request, response) -> {
                    // the only permit is given up while the model is awaited: another learner's attempt is admitted
                    PracticeAdmission.whileWaiting(() -> {
                        MockHttpServletResponse other = run("/student/attempts", (r, s) -> otherRan.countDown());
                        assertThat(other.getStatus()).isEqualTo(200);
                        return null;
                    });
                    afterWait.incrementAndGet();
                }));

        assertThat(waiting.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(otherRan.getCount()).isZero();
        assertThat(afterWait).hasValue(1);
        // and the permit came back whole: one request is admitted, a second waits and is refused
        Held again = hold("/student/attempts");
        assertThat(run("/student/hints", (request, response) -> { }).getStatus()).isEqualTo(503);
        assertThat(again.release().getStatus()).isEqualTo(200);
    }

    /** Starts a practice request that keeps its permit until released. */
    private Held hold(String path) throws InterruptedException {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<MockHttpServletResponse> running = CompletableFuture.supplyAsync(() -> run(path, (request, response) -> {
            inside.countDown();
            try {
                finish.await(10, TimeUnit.SECONDS);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(inside.await(10, TimeUnit.SECONDS)).as("the held request runs").isTrue();
        return new Held(finish, running);
    }

    private record Held(CountDownLatch finish, CompletableFuture<MockHttpServletResponse> running) {

        MockHttpServletResponse release() throws Exception {
            finish.countDown();
            return running.get(10, TimeUnit.SECONDS);
        }
    }

    private MockHttpServletResponse run(String path, FilterChain chain) {
        return run(path, DispatcherType.REQUEST, chain);
    }

    private MockHttpServletResponse run(String path, DispatcherType dispatch, FilterChain chain) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setServletPath(path);
        request.setDispatcherType(dispatch);
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            admission.doFilter(request, response, chain);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return response;
    }
}
