package eu.ondernemerscheck.application.rates.port.out;

import eu.ondernemerscheck.domain.rules.RateBook;

/** The rates in force now, as one immutable book; a published change gives the next call a new book. */
public interface LoadRateBookPort {
    RateBook currentRateBook();
}
