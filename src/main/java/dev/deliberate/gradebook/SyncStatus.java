package dev.deliberate.gradebook;

/**
 * Where a score's delivery stands: waiting to be sent, sent, retrying after a transient failure,
 * or failed for good (the teacher sees why and may retry).
 */
public enum SyncStatus {
    PENDING, SENT, RETRYING, FAILED
}
