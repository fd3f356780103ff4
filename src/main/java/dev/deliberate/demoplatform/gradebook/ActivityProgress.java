package dev.deliberate.demoplatform.gradebook;

/** The learner's progress on the activity, as a score reports it (AGS 2.0). */
public enum ActivityProgress {
    Initialized, Started, InProgress, Submitted, Completed
}
