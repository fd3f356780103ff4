package dev.deliberate.demoplatform;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Instants as microseconds since the epoch, for the columns whose order must hold within one
 * second on every database (MySQL Connector/J drops DATETIME fractions on MariaDB).
 */
public final class Micros {

    private Micros() {
    }

    public static long of(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    public static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
