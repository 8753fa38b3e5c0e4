package eu.ondernemerscheck.adapter.persistence.jobs;

import eu.ondernemerscheck.application.rateimpact.port.out.BackgroundPriorityPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Background work at a lower CPU priority than people's requests, where the database runs on the same machine (the
 * embedded one, or a local server whose data directory this app may read): for one transaction, its database session
 * and the thread that runs it get the nice value {@code ondernemerscheck.jobs.background-nice} (default
 * {@value #DEFAULT_NICE}; 0 leaves priorities alone), and both are set back to normal when the transaction ends, so
 * the pooled connection serves the next request at normal priority.
 *
 * <p>On two cores a recompute's two database sessions had as much CPU as the whole app, so the accountants' requests
 * waited behind them (docs/performance.md, issue 9). The session's row locks are still held at the lower priority; a
 * request that needs one waits a little longer, which the recompute's giving way bounds.
 */
@Component
class BackgroundPriority implements BackgroundPriorityPort {

    static final int DEFAULT_NICE = 10;
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundPriority.class);

    private final JdbcTemplate jdbc;
    private final int nice;
    private final Optional<LinuxPriority> linux;
    private volatile boolean givenUp;

    BackgroundPriority(JdbcTemplate jdbc,
                       @Value("${ondernemerscheck.jobs.background-nice:" + DEFAULT_NICE + "}") int nice) {
        if (nice < 0 || nice > 19) {
            throw new IllegalArgumentException("ondernemerscheck.jobs.background-nice moet tussen 0 (uit) en 19 liggen,"
                    + " niet " + nice);
        }
        this.jdbc = jdbc;
        this.nice = nice;
        if (nice == 0) {
            this.linux = Optional.empty();
        } else {
            LinuxPriority.Availability availability = LinuxPriority.load();
            this.linux = availability.priority();
            if (linux.isEmpty()) {
                LOG.info("Background work runs at normal CPU priority: {}", availability.whyNone());
            }
        }
    }

    @Override
    public void lowerUntilTransactionEnds() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("the priority of background work is lowered inside its transaction");
        }
        if (linux.isEmpty() || givenUp || TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        LinuxPriority os = linux.get();
        OptionalInt session = jdbc.query("select pg_backend_pid(),"
                        + " (select setting from pg_settings where name = 'data_directory')",
                rs -> {
                    rs.next();
                    String dataDirectory = rs.getString(2);
                    return dataDirectory == null ? OptionalInt.empty()
                            : LinuxPriority.localSession(rs.getInt(1), Path.of(dataDirectory));
                });
        Lowered lowered = new Lowered(os, os.threadId(), session);
        TransactionSynchronizationManager.bindResource(this, lowered);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(BackgroundPriority.this);
                lowered.normal();
            }
        });
        lowered.lower(nice);
    }

    @Override
    public void normalAgain() {
        if (TransactionSynchronizationManager.getResource(this) instanceof Lowered lowered) {
            lowered.normal();
        }
    }

    /** What one transaction lowered: the thread that runs it and, when on this machine, its database session. */
    private final class Lowered {

        private final LinuxPriority os;
        private final int thread;
        private final OptionalInt session;
        private boolean low;

        Lowered(LinuxPriority os, int thread, OptionalInt session) {
            this.os = os;
            this.thread = thread;
            this.session = session;
        }

        void lower(int nice) {
            low = true;
            if (!set(nice)) {
                giveUp("the machine refused to lower a priority");
            }
        }

        void normal() {
            if (low) {
                low = false;
                if (!set(0)) {
                    giveUp("a lowered priority could not be set back");
                }
            }
        }

        private boolean set(int nice) {
            boolean done = os.setNice(thread, nice);
            if (session.isPresent()) {
                done &= os.setNice(session.getAsInt(), nice) & LinuxPriority.setGroupNice(session.getAsInt(), nice);
            }
            return done;
        }
    }

    private void giveUp(String why) {
        if (!givenUp) {
            givenUp = true;
            LOG.warn("Background work runs at normal CPU priority from now on: {}", why);
        }
    }
}
