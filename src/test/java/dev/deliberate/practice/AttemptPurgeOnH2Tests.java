package dev.deliberate.practice;

/** {@link AttemptPurgeTests} on the embedded H2, as the whole application runs it by default. */
class AttemptPurgeOnH2Tests extends AttemptPurgeTests {
}
