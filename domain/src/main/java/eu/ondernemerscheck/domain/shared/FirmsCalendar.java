package eu.ondernemerscheck.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The calendar the firms and their clients live by: "today" for a deadline and "this year" for the portfolio are days
 * in the Netherlands and Belgium (Europe/Amsterdam and Europe/Brussels keep the same time), never the server's UTC day,
 * which is still yesterday during the first one or two hours of every Dutch and Belgian day.
 */
public final class FirmsCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private FirmsCalendar() {
    }

    /** The Dutch and Belgian calendar day at {@code now}. */
    public static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZONE);
    }
}
