package eu.ondernemerscheck.adapter.persistence.jobs;

import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Background work at a lower CPU priority (issue 9), on the embedded PostgreSQL on this machine: a transaction's
 * database session and thread are lowered for that transaction only, whether it commits or rolls back, or until they
 * are set back on purpose; and a process that is not a session of this database is never taken for one. Runs where
 * the machine allows setting priorities back (Linux as root, as CI runs).
 */
@IntegrationTest
class BackgroundPriorityTest {

    private static final Path AUTOGROUP_ENABLED = Path.of("/proc/sys/kernel/sched_autogroup_enabled");

    @Autowired
    BackgroundPriority priority;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    /** The nice values of the session, its automatic group and the thread, as the kernel reports them. */
    private record Seen(int session, int sessionGroup, int thread) {
    }

    @BeforeEach
    void machineAllowsIt() {
        LinuxPriority.Availability machine = LinuxPriority.load();
        assumeTrue(machine.priority().isPresent(), machine.whyNone());
    }

    private Seen seen(int session) throws IOException {
        // "/proc/thread-self" links to "PID/task/TID" of the calling thread
        String[] thread = Files.readSymbolicLink(Path.of("/proc/thread-self")).toString().split("/");
        int threadNice = LinuxPriority.ProcessStat.ofThread(Integer.parseInt(thread[0]), Integer.parseInt(thread[2]))
                .orElseThrow().nice();
        int groupNice = Integer.MIN_VALUE;
        if ("1".equals(Files.readString(AUTOGROUP_ENABLED).strip())) {
            // "/autogroup-123 nice 10"
            String group = Files.readString(Path.of("/proc", Integer.toString(session), "autogroup")).strip();
            groupNice = Integer.parseInt(group.substring(group.lastIndexOf(' ') + 1));
        }
        return new Seen(LinuxPriority.ProcessStat.of(session).orElseThrow().nice(), groupNice, threadNice);
    }

    private int expectedGroup(int nice) throws IOException {
        return "1".equals(Files.readString(AUTOGROUP_ENABLED).strip()) ? nice : Integer.MIN_VALUE;
    }

    private int session() {
        return jdbc.queryForObject("select pg_backend_pid()", Integer.class);
    }

    /** Lowers with WHICH in a committed transaction; what the kernel reports inside it, and its session. */
    private Seen lowerAndLook(BackgroundPriority which, int[] session) {
        Seen[] during = new Seen[1];
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            which.lowerUntilTransactionEnds();
            session[0] = session();
            try {
                during[0] = seen(session[0]);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return during[0];
    }

    @Test
    void theSessionAndTheThreadAreLowerForTheTransactionOnly() throws IOException {
        int[] session = new int[1];
        Seen during = lowerAndLook(priority, session);

        assertThat(during).isEqualTo(new Seen(BackgroundPriority.DEFAULT_NICE,
                expectedGroup(BackgroundPriority.DEFAULT_NICE), BackgroundPriority.DEFAULT_NICE));
        assertThat(seen(session[0])).as("after the commit, back to normal for the next user of the connection")
                .isEqualTo(new Seen(0, expectedGroup(0), 0));
    }

    @Test
    void aTransactionThatRollsBackSetsThemBackToo() throws IOException {
        int[] session = new int[1];
        int[] duringSession = new int[1];
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            priority.lowerUntilTransactionEnds();
            session[0] = session();
            duringSession[0] = LinuxPriority.ProcessStat.of(session[0]).orElseThrow().nice();
            status.setRollbackOnly();
        });

        assertThat(duringSession[0]).isEqualTo(BackgroundPriority.DEFAULT_NICE);
        assertThat(seen(session[0])).isEqualTo(new Seen(0, expectedGroup(0), 0));
    }

    @Test
    void normalAgainSetsThemBackForTheRestOfTheTransaction() {
        Seen[] seen = new Seen[2];
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            priority.lowerUntilTransactionEnds();
            int session = session();
            try {
                seen[0] = seen(session);
                priority.normalAgain();
                seen[1] = seen(session);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(seen[0].session()).isEqualTo(BackgroundPriority.DEFAULT_NICE);
        assertThat(seen[1].session()).isZero();
        assertThat(seen[1].thread()).isZero();
    }

    @Test
    void outsideATransactionItIsRefused() {
        assertThatThrownBy(priority::lowerUntilTransactionEnds)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside its transaction");
    }

    @Test
    void zeroLeavesPrioritiesAloneAndAValueBeyondTheRangeIsRefused() throws IOException {
        assertThat(lowerAndLook(new BackgroundPriority(jdbc, 0), new int[1]))
                .isEqualTo(new Seen(0, expectedGroup(0), 0));

        assertThatThrownBy(() -> new BackgroundPriority(jdbc, 20))
                .hasMessage("ondernemerscheck.jobs.background-nice moet tussen 0 (uit) en 19 liggen, niet 20");
        assertThatThrownBy(() -> new BackgroundPriority(jdbc, -1)).hasMessageContaining("niet -1");
    }

    @Test
    void onlyASessionOfThisVeryServerIsTakenForOne(@TempDir Path elsewhere) throws IOException {
        int session = session();
        Path dataDirectory = Path.of(jdbc.queryForObject("show data_directory", String.class));
        assertThat(LinuxPriority.localSession(session, dataDirectory)).hasValue(session);

        // a server elsewhere whose session has the same number: its data directory is not this machine's
        assertThat(LinuxPriority.localSession(session, elsewhere)).isEmpty();
        // a directory naming another server process
        Files.writeString(elsewhere.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + elsewhere);
        assertThat(LinuxPriority.localSession(session, elsewhere)).isEmpty();
        // a process that is not a PostgreSQL session, though its parent is the one named
        int app = (int) ProcessHandle.current().pid();
        Files.writeString(elsewhere.resolve("postmaster.pid"),
                ProcessHandle.current().parent().orElseThrow().pid() + "\n" + elsewhere);
        assertThat(LinuxPriority.localSession(app, elsewhere)).isEqualTo(OptionalInt.empty());
        // a session that has ended
        assertThat(LinuxPriority.localSession(Integer.MAX_VALUE, dataDirectory)).isEmpty();
    }
}
