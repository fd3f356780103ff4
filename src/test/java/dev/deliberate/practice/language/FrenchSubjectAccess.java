package dev.deliberate.practice.language;

import dev.deliberate.practice.spi.PracticeSubject;

/** The French subject for harnesses outside its package (the language benchmark answers items with it). */
public final class FrenchSubjectAccess {

    private FrenchSubjectAccess() {
    }

    public static PracticeSubject french() {
        return new FrenchSubject();
    }
}
