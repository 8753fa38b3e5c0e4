package eu.ondernemerscheck.adapter.persistence.rates;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps a rate publication and a stored calculation apart, across every app node on the database: a transaction that
 * stores results holds this lock shared from its start, a publication holds it alone. A publication therefore commits
 * only after every store that may have read the rates before it, and a store that starts later reads the rates it
 * published. Without it a save under way could commit results of the old rates after the recompute had passed its
 * firm (a year it had just created is not yet visible to the recompute), and they would stay old.
 *
 * <p>A PostgreSQL advisory lock held until the transaction ends, in the two-number key space, which does not meet the
 * one-number keys Flyway locks with. Every holder takes it before it locks any row, so no wait for it can close a
 * circle with a row lock.
 */
final class PublicationLock {

    /** "ONDC": this application's advisory locks. */
    private static final int APPLICATION = 0x4F4E4443;
    private static final int RATE_PUBLICATION = 1;

    private PublicationLock() {
    }

    /** For a transaction that stores results: a publication waits until it ends. */
    static void holdOffPublications(JdbcTemplate jdbc) {
        requireTransaction();
        jdbc.query("select pg_advisory_xact_lock_shared(?, ?)", rs -> { }, APPLICATION, RATE_PUBLICATION);
    }

    /** For a publication: waits for the stores under way, and new ones wait for it. */
    static void publishAlone(JdbcTemplate jdbc) {
        requireTransaction();
        jdbc.query("select pg_advisory_xact_lock(?, ?)", rs -> { }, APPLICATION, RATE_PUBLICATION);
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("the rate publication lock lasts a transaction; none is active");
        }
    }
}
