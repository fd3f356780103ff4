package dev.deliberate.practice;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a bounded number of practice requests run at once (two per core unless
 * {@code deliberate.practice.max-concurrent} says otherwise); the others wait their turn, first
 * come first served. Practice is CPU and database work only, so past a couple of requests per core
 * more threads add no throughput: they take turns on the cores, and a thread preempted
 * mid-transaction makes every other one wait for its locks and its database round trips. On two
 * cores, sixteen students answering at once saw a 99th percentile of 100–230 ms with every request
 * running, 57–62 ms with six at a time and 47 ms with four, at the same or a higher rate
 * (docs/benchmarks.md). Registration and the admin API, which may wait on an LMS, are not held
 * back by practice; a launch is, only for the student page it forwards to.
 * <p>
 * A request that waits longer than {@code deliberate.practice.queue-timeout} is answered 503 with
 * {@code Retry-After}; nothing is lost, the learner's page keeps what they typed. A launch's
 * forward waits as long as it takes: its state and nonce are spent, it could not be retried. The
 * form body is read before a request queues, so a client sending it slowly holds no permit.
 */
@Component
class PracticeAdmission extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(PracticeAdmission.class);

    /** The permit the request on this thread holds, for {@link #whileWaiting}. */
    private static final ThreadLocal<Semaphore> HELD = new ThreadLocal<>();

    private final Semaphore permits;
    private final Duration queueTimeout;

    PracticeAdmission(@Value("${deliberate.practice.max-concurrent:0}") int maxConcurrent,
            @Value("${deliberate.practice.queue-timeout:30s}") Duration queueTimeout) {
        this.permits = new Semaphore(maxConcurrent > 0 ? maxConcurrent : 2 * Runtime.getRuntime().availableProcessors(), true);
        this.queueTimeout = queueTimeout;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // the decoded path the servlet container mapped, as the handler mappings see it
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return !(path.equals("/student") || path.startsWith("/student/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.getParameterMap(); // the form is read before the request queues
        boolean admitted;
        try {
            if (request.getDispatcherType() == DispatcherType.FORWARD) {
                permits.acquire();
                admitted = true;
            }
            else {
                admitted = permits.tryAcquire(queueTimeout.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            log.warn("Practice request refused reason=PRACTICE_BUSY path={} waited={}", request.getRequestURI(), queueTimeout);
            response.setHeader("Retry-After", "5");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        HELD.set(permits);
        try {
            chain.doFilter(request, response);
        }
        finally {
            HELD.remove();
            permits.release();
        }
    }

    /**
     * Runs a student page that a launch answers with (the launch is recorded already, so the page
     * waits its turn rather than fail), holding a permit like any practice request.
     */
    void admitted(Admitted work) throws Exception {
        permits.acquireUninterruptibly();
        HELD.set(permits);
        try {
            work.run();
        }
        finally {
            HELD.remove();
            permits.release();
        }
    }

    /** Work done under a permit. */
    @FunctionalInterface
    interface Admitted {
        void run() throws Exception;
    }

    /**
     * Runs a wait that needs no core (a language model's answer) without the request's permit, so
     * other learners' work goes on meanwhile; the permit is taken back, in turn, before the request
     * goes on. Outside an admitted request it just runs.
     */
    static <T> T whileWaiting(Supplier<T> wait) {
        Semaphore held = HELD.get();
        if (held == null) {
            return wait.get();
        }
        held.release();
        try {
            return wait.get();
        }
        finally {
            held.acquireUninterruptibly();
        }
    }
}
