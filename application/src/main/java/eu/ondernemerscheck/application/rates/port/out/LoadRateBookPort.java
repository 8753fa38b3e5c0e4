package eu.ondernemerscheck.application.rates.port.out;

import eu.ondernemerscheck.domain.rules.RateBook;

/** The rates in force now, as one immutable book; a published change gives the next call a new book. */
public interface LoadRateBookPort {

    /**
     * For figures shown and not stored: the book as this node last checked it, which on another node than the one that
     * published may be a moment (the refresh interval) behind.
     */
    RateBook currentRateBook();

    /** The newest published book, checked against the database now. */
    RateBook newestRateBook();

    /**
     * For a transaction that stores figures: the newest published book, and no publication commits until this
     * transaction ends, so what it stores is never older than the rates in force when it commits (a publication's
     * recompute then sees it, or it already used the new rates). Call it before the transaction locks any row of a
     * client. Only inside a transaction.
     */
    RateBook rateBookToStore();
}
