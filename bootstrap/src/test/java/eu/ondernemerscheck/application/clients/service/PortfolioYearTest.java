package eu.ondernemerscheck.application.clients.service;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The portfolio's "this year" turns at midnight in Amsterdam, not at midnight UTC. */
class PortfolioYearTest {

    private static int yearAt(String instant) {
        return new PortfolioService(null, null, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)).currentYear();
    }

    @Test
    void theNewYearStartsAtMidnightInAmsterdamNotAtMidnightUtc() {
        assertThat(yearAt("2026-12-31T22:59:59Z")).isEqualTo(2026);
        assertThat(yearAt("2026-12-31T23:00:00Z")).isEqualTo(2027);
    }
}
