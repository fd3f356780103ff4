package dev.deliberate.demoplatform.gradebook;

/** How far the tool's grading of the activity has come, as a score reports it (AGS 2.0). */
public enum GradingProgress {
    FullyGraded, Pending, PendingManual, Failed, NotReady
}
