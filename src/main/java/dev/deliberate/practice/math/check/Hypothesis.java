package dev.deliberate.practice.math.check;

import java.util.List;

/** One misconception as a faulty transformation: the lines it would produce from a previous line. */
interface Hypothesis {

    List<Candidate> candidates(State state);
}
