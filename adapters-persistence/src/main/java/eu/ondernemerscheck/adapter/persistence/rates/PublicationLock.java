package eu.ondernemerscheck.adapter.persistence.rates;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps a rate publication and a save apart, across every app node on the database: a transaction that saves results
 * holds this lock shared from before it locks any row, and a publication takes it alone just before it commits. A
 * publication therefore commits only after every save that may have read the rates before it, and a save that starts
 * later reads the rates it published. Without it a save under way could commit results of the old rates after the
 * recompute had passed its firm (a year the save has just created is not yet visible to the recompute), and they
 * would stay old.
 *
 * <p>A publication takes the lock alone only at its very end, after its other writes, so it holds up the saves that
 * start meanwhile no longer than the saves already under way take to finish; it never waits for a firm's recompute
 * while saves wait for it. Publications among themselves take a second lock at their start, one at a time, so that
 * they commit in the order of their numbers.
 *
 * <p>PostgreSQL advisory locks held until the transaction ends, in the two-number key space, which does not meet the
 * one-number keys Flyway locks with. No holder waits for one while the other side could be waiting for a row it holds.
 */
final class PublicationLock {

    /** "ONDC": this application's advisory locks. */
    static final int APPLICATION = 0x4F4E4443;
    /** Shared by saves, alone by a publication just before its commit. */
    static final int SAVES_AND_PUBLICATION = 1;
    /** Alone by each publication from its start: one publication at a time. */
    static final int ONE_PUBLICATION_AT_A_TIME = 2;

    private PublicationLock() {
    }

    /** For a transaction that saves results, before it locks any row: a publication waits until it ends. */
    static void holdOffPublications(JdbcTemplate jdbc) {
        requireTransaction();
        jdbc.query("select pg_advisory_xact_lock_shared(?, ?)", rs -> { }, APPLICATION, SAVES_AND_PUBLICATION);
    }

    /**
     * For a publication, before it writes: waits for a publication under way; and just before the commit, for the
     * saves under way (new ones wait for the commit).
     */
    static void publishAlone(JdbcTemplate jdbc) {
        takeTurnToPublish(jdbc);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                // a JPA flush would come after this, inside the commit; a publication writes through JDBC only, so
                // it takes no row lock while it holds the saves up
                jdbc.query("select pg_advisory_xact_lock(?, ?)", rs -> { }, APPLICATION, SAVES_AND_PUBLICATION);
            }
        });
    }

    /**
     * For the start of a publication, before it reads what it checks: waits for a publication under way and holds
     * the others off until this transaction ends, so the checks see the rates the one before left. Taken again by
     * {@link #publishAlone} in the same transaction, it is simply held twice.
     */
    static void takeTurnToPublish(JdbcTemplate jdbc) {
        requireTransaction();
        jdbc.query("select pg_advisory_xact_lock(?, ?)", rs -> { }, APPLICATION, ONE_PUBLICATION_AT_A_TIME);
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("the rate publication lock lasts a transaction; none is active");
        }
    }
}
