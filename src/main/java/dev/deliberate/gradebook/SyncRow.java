package dev.deliberate.gradebook;

import java.time.Instant;

/**
 * One (assignment, student) row of the score outbox, as a sender reads it after claiming it.
 *
 * @param stampVersion   the version a timestamp was fixed for before its first send
 * @param stampTimestamp that timestamp: every resend of the same version carries it, so a platform
 *                       that got the score already sees nothing new; the next version's is later
 */
record SyncRow(long id, long linkId, long membershipId, long contextId, double score, boolean completed, long version,
        long sentVersion, int attempts, Instant lastTimestamp, Long stampVersion, Instant stampTimestamp, Integer lastStatus) {

    /** The timestamp fixed for this version, if a send of it was started before. */
    Instant stampedTimestamp() {
        return stampVersion != null && stampVersion == version ? stampTimestamp : null;
    }

    /**
     * True when this version was sent before and that send got no answer (a timeout, a reset): it
     * may have arrived. A send the platform answered (429, 5xx) or that never left (no token) did not.
     */
    boolean mayHaveArrived() {
        return stampedTimestamp() != null && attempts > 0 && (lastStatus == null || lastStatus == 0);
    }
}
