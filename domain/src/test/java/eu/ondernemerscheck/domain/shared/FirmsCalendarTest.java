package eu.ondernemerscheck.domain.shared;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FirmsCalendarTest {

    @Test
    void halfAnHourAfterMidnightInWinterIsTheNewDayAndYearThoughUtcIsStillTheOldOne() {
        assertEquals(LocalDate.of(2027, 1, 1), FirmsCalendar.today(Instant.parse("2026-12-31T23:30:00Z")));
    }

    @Test
    void inSummerTheDayTurnsTwoHoursBeforeUtc() {
        assertEquals(LocalDate.of(2026, 7, 2), FirmsCalendar.today(Instant.parse("2026-07-01T22:00:00Z")));
        assertEquals(LocalDate.of(2026, 7, 1), FirmsCalendar.today(Instant.parse("2026-07-01T21:59:59Z")));
    }
}
