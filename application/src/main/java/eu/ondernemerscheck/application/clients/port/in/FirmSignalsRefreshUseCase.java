package eu.ondernemerscheck.application.clients.port.in;

import eu.ondernemerscheck.domain.shared.Firm;

import java.time.LocalDate;

/** One firm's part of the nightly refresh, run with that firm as the tenant in a transaction of its own. */
public interface FirmSignalsRefreshUseCase {

    /** @return how many client years were reviewed */
    int refreshSignals(Firm firm, LocalDate today);
}
