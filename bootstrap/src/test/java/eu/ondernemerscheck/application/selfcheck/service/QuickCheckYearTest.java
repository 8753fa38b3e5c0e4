package eu.ondernemerscheck.application.selfcheck.service;

import eu.ondernemerscheck.application.rates.port.in.ListSchemesUseCase;
import eu.ondernemerscheck.application.rates.port.in.SchemeOverview;
import eu.ondernemerscheck.domain.rules.Country;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick check asks about "this year" as people in the Netherlands and Belgium count it: on New Year's night the
 * new year starts at midnight there, an hour (in summer time two) before the server's UTC clock gets there.
 */
class QuickCheckYearTest {

    private static final ListSchemesUseCase NO_SCHEMES = new ListSchemesUseCase() {
        @Override
        public List<SchemeOverview> listSchemes() {
            return List.of();
        }

        @Override
        public String rateVersion() {
            return "test";
        }
    };

    private static int yearAt(String instant) {
        Clock clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
        return new QuickCheckService(NO_SCHEMES, null, clock).quickCheck(Country.NL).year();
    }

    @Test
    void theNewYearStartsAtMidnightInAmsterdamNotAtMidnightUtc() {
        assertThat(yearAt("2026-12-31T22:59:59Z")).as("23:59:59 in Amsterdam").isEqualTo(2026);
        assertThat(yearAt("2026-12-31T23:00:00Z")).as("00:00 on 1 January in Amsterdam").isEqualTo(2027);
        assertThat(yearAt("2026-12-31T23:30:00Z")).as("still 31 December in UTC").isEqualTo(2027);
    }
}
