package eu.ondernemerscheck.adapter.persistence.rates;

import eu.ondernemerscheck.domain.rules.RateKey;
import eu.ondernemerscheck.domain.rules.RateValue;
import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The book a stored calculation uses is the newest in the database, even on a node whose shown book is still cached,
 * and while such a transaction runs no publication can commit.
 */
@IntegrationTest
class RateBookToStoreTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DataSource dataSource;

    /** Another node's adapter: it checks the database for a newer publication only once an hour for shown figures. */
    private RateBookAdapter otherNode() {
        return new RateBookAdapter(jdbc, Duration.ofHours(1));
    }

    /** Whether a lock of {@link PublicationLock} could be taken now, asked from a connection of its own. */
    private boolean couldTake(String function, int key) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try (ResultSet rs = s.executeQuery("select " + function + "(" + PublicationLock.APPLICATION + ", " + key
                    + ")")) {
                rs.next();
                return rs.getBoolean(1);
            } finally {
                c.rollback();
            }
        }
    }

    private boolean aPublicationCouldCommit() throws SQLException {
        return couldTake("pg_try_advisory_xact_lock", PublicationLock.SAVES_AND_PUBLICATION);
    }

    private boolean aSaveCouldStart() throws SQLException {
        return couldTake("pg_try_advisory_xact_lock_shared", PublicationLock.SAVES_AND_PUBLICATION);
    }

    private boolean anotherPublicationCouldStart() throws SQLException {
        return couldTake("pg_try_advisory_xact_lock", PublicationLock.ONE_PUBLICATION_AT_A_TIME);
    }

    @Test
    void aStoredCalculationUsesThePublicationMadeElsewhereAMomentAgo() {
        RateBookAdapter node = otherNode();
        String shown = node.currentRateBook().version();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            // a publication by another node, visible to this transaction only and rolled back after
            Long version = jdbc.queryForObject("insert into platform.rate_version (label, note, created_by,"
                    + " published_at, published_by, publication) values ('elders gepubliceerd', 'test', 'test',"
                    + " now(), 'test', nextval('platform.rate_publication_seq')) returning id", Long.class);
            assertThat(node.currentRateBook().version()).as("shown figures may lag").isEqualTo(shown);
            assertThat(node.newestRateBook().version()).isEqualTo("elders gepubliceerd (v" + version + ")");
            assertThat(node.rateBookToStore().version()).isEqualTo("elders gepubliceerd (v" + version + ")");
            status.setRollbackOnly();
        });
    }

    @Test
    void aBookHoldsTheValuesOfThePublicationItNamesThoughANewerOneRetiredOne() {
        RateBookAdapter node = otherNode();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            Long named = jdbc.queryForObject("select max(publication) from platform.rate_version", Long.class);
            Map<String, Object> value = jdbc.queryForMap("select id, effective_from from platform.rate_value"
                    + " where parameter = 'nl.kia.rate' and category = '' and published and retired_in is null"
                    + " order by effective_from desc limit 1");
            LocalDate from = ((java.sql.Date) value.get("effective_from")).toLocalDate();
            // a newer publication, visible here as one committed between the book's two queries would be
            Long newer = jdbc.queryForObject("insert into platform.rate_version (label, note, created_by,"
                    + " published_at, published_by, publication) values ('nieuwer', 'test', 'test', now(), 'test',"
                    + " nextval('platform.rate_publication_seq')) returning id", Long.class);
            jdbc.update("update platform.rate_value set retired_in = ? where id = ?", newer, value.get("id"));
            Long newest = jdbc.queryForObject("select max(publication) from platform.rate_version", Long.class);

            Predicate<RateValue> theRetiredOne = v -> v.key().equals(RateKey.of("nl.kia.rate"))
                    && v.effectiveFrom().equals(from);
            assertThat(node.load(named).values()).anyMatch(theRetiredOne);
            assertThat(node.load(newest).values()).noneMatch(theRetiredOne);
            status.setRollbackOnly();
        });
    }

    @Test
    void noPublicationCommitsWhileATransactionStoresFigures() throws SQLException {
        RateBookAdapter node = otherNode();
        assertThat(aPublicationCouldCommit()).isTrue();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            node.rateBookToStore();
            try {
                assertThat(aPublicationCouldCommit()).isFalse();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(aPublicationCouldCommit()).as("the hold ends with the transaction").isTrue();
    }

    @Test
    void aPublicationHoldsUpSavesOnlyAtItsCommitAndOtherPublicationsThroughout() throws SQLException {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            PublicationLock.publishAlone(jdbc);
            try {
                assertThat(aSaveCouldStart()).as("saves go on while the publication writes").isTrue();
                assertThat(anotherPublicationCouldStart()).isFalse();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            status.setRollbackOnly();
        });
        assertThat(anotherPublicationCouldStart()).isTrue();
    }

    @Test
    void atItsCommitAPublicationHoldsUpSavesUntilItHasCommitted() throws SQLException {
        AtomicReference<Boolean> saveCouldStartAtCommit = new AtomicReference<>();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            PublicationLock.publishAlone(jdbc);
            // registered after the lock's own: runs once the publication holds the saves' lock alone
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    try {
                        saveCouldStartAtCommit.set(aSaveCouldStart());
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
        });
        assertThat(saveCouldStartAtCommit.get()).isFalse();
        assertThat(aSaveCouldStart()).as("and free again once it has committed").isTrue();
    }

    @Test
    void theHoldIsRefusedOutsideATransaction() {
        assertThatThrownBy(() -> otherNode().rateBookToStore()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("transaction");
    }
}
