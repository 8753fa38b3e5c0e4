package eu.ondernemerscheck.application.clients.port.in;

import java.time.LocalDate;

/**
 * Re-reviews every client year of every firm as of a given day, so signals that depend on the date (the KOR notice
 * four weeks before the period, the Belgian e604B before the 15th of the month before) appear and go on time even when
 * nobody touches the client. Run nightly by a background job, firm by firm.
 */
public interface RefreshDeadlineSignalsUseCase {

    /** @return how many client years were reviewed */
    int refreshSignals(LocalDate today);
}
