package dev.deliberate.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Each test of an ordered run is one step of a story: it is timed, its outcome goes to a summary
 * file ({@code steps.tsv}: outcome, seconds, step) that the run's script prints, a failure leaves
 * screenshots of every open browser, and the steps after a failure are skipped, since each builds
 * on the one before.
 */
final class RunSteps implements BeforeTestExecutionCallback, AfterTestExecutionCallback, TestWatcher, ExecutionCondition {

    /** A picture of each browser the test has open. */
    interface Screenshots {
        void screenshots(Path directory, String prefix);
    }

    private static final ExtensionContext.Namespace STEPS = ExtensionContext.Namespace.create(RunSteps.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        boolean failedBefore = context.getRoot().getStore(STEPS).getOrDefault("failed", Boolean.class, false);
        return failedBefore && context.getTestMethod().isPresent()
                ? ConditionEvaluationResult.disabled("an earlier step failed")
                : ConditionEvaluationResult.enabled("no step failed so far");
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        context.getStore(STEPS).put("start", System.nanoTime());
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        long start = context.getStore(STEPS).get("start", Long.class);
        context.getStore(STEPS).put("seconds", (System.nanoTime() - start) / 1e9);
        if (context.getExecutionException().isPresent()) {
            context.getRoot().getStore(STEPS).put("failed", true);
            ((Screenshots) context.getRequiredTestInstance()).screenshots(RunSettings.runDirectory(),
                    "failed-" + context.getRequiredTestMethod().getName());
        }
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        record(context, "PASS");
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        record(context, "FAIL");
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        record(context, "SKIP");
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        record(context, "SKIP");
    }

    private static void record(ExtensionContext context, String outcome) {
        Double seconds = context.getStore(STEPS).get("seconds", Double.class);
        String line = String.format(Locale.ROOT, "%s\t%s\t%s%n", outcome, seconds == null ? "-" : String.format(Locale.ROOT, "%.1f", seconds),
                context.getDisplayName());
        Path file = RunSettings.runDirectory().resolve("steps.tsv");
        try {
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
