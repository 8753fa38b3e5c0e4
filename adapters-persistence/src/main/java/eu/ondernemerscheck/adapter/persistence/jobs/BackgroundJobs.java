package eu.ondernemerscheck.adapter.persistence.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import eu.ondernemerscheck.application.clients.port.in.RefreshDeadlineSignalsUseCase;
import eu.ondernemerscheck.application.rateimpact.port.in.RecomputeProgress;
import eu.ondernemerscheck.application.rateimpact.port.in.RecomputeResultsUseCase;
import eu.ondernemerscheck.application.rates.port.out.RecomputeTriggerPort;
import eu.ondernemerscheck.domain.shared.FirmsCalendar;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The app's background jobs on db-scheduler, configured here rather than through db-scheduler's Spring Boot starter:
 * the starter (16.7.1) is built for Spring Boot 3 and orders itself after Boot 3's DataSourceAutoConfiguration, a class
 * Spring Boot 4 moved, so it cannot be relied on to see the app's DataSource.
 *
 * <ul>
 * <li>{@value #RECOMPUTE}: one execution with a fixed id, asked for by a publication or a retry. Asks made while it
 * waits or runs coalesce into it (its row exists once). A run works through every waiting firm; a firm that fails is set
 * aside by the use case and the run goes on. With {@code ondernemerscheck.jobs.recompute-workers} above 1 the run
 * works through the firms with that many workers at once, each taking the next firm no other worker holds, as several
 * app nodes would (the claim is a row lock the others skip).</li>
 * <li>{@value #RECOMPUTE_SWEEP}: every few minutes, asks for the recompute when firms still wait, for an ask that
 * came while a run was finishing (its row still existed, so the ask coalesced into a run that had already looked).</li>
 * <li>{@value #DEADLINE_SIGNALS}: nightly, re-reviews every client year for the new day.</li>
 * </ul>
 */
@Component
class BackgroundJobs implements RecomputeTriggerPort, SmartLifecycle {

    static final String RECOMPUTE = "recompute-stored-results";
    static final String RECOMPUTE_SWEEP = "recompute-sweep";
    static final String DEADLINE_SIGNALS = "refresh-deadline-signals";
    static final String ONLY = "all-firms";

    /**
     * A run starts this long after the first ask, so publications close together (two administrators at once, a
     * retry just after a publication) cause one pass over the firms, not one per publication. Asks while a run is
     * going are folded into it as well: the run looks for waiting firms again until there are none.
     */
    static final Duration GATHER = Duration.ofMillis(300);
    private static final Duration LOOK_AFTER_DUE = Duration.ofMillis(10);


    private final ObjectProvider<RecomputeResultsUseCase> recompute;
    private final ObjectProvider<RefreshDeadlineSignalsUseCase> signals;
    private final Clock clock;
    private final OneTimeTask<Void> recomputeTask;
    private final Scheduler scheduler;
    private final AtomicInteger recomputeRuns = new AtomicInteger();
    private final int recomputeWorkers;
    private volatile boolean running;

    BackgroundJobs(DataSource dataSource, ObjectProvider<RecomputeResultsUseCase> recompute,
                   ObjectProvider<RefreshDeadlineSignalsUseCase> signals, Clock clock,
                   @Value("${ondernemerscheck.jobs.polling-interval:PT1S}") Duration pollingInterval,
                   @Value("${ondernemerscheck.jobs.threads:2}") int threads,
                   @Value("${ondernemerscheck.jobs.recompute-workers:2}") int recomputeWorkers) {
        this.recompute = recompute;
        this.recomputeWorkers = Math.max(1, recomputeWorkers);
        this.signals = signals;
        this.clock = clock;
        this.recomputeTask = Tasks.oneTime(RECOMPUTE).execute((instance, context) -> {
            recomputeRuns.incrementAndGet();
            recomputeWithWorkers();
        });
        RecurringTask<Void> sweep = Tasks.recurring(RECOMPUTE_SWEEP, Schedules.fixedDelay(Duration.ofMinutes(5)))
                .execute((instance, context) -> {
                    if (asSystem(() -> recompute.getObject().progress()).waiting() > 0) {
                        recomputeSoon();
                    }
                });
        RecurringTask<Void> nightly = Tasks.recurring(DEADLINE_SIGNALS,
                Schedules.daily(FirmsCalendar.ZONE, LocalTime.of(0, 30)))
                .execute((instance, context) -> refreshDeadlineSignals(FirmsCalendar.today(clock.instant())));
        this.scheduler = Scheduler.create(dataSource, recomputeTask)
                .tableName("platform.scheduled_tasks")
                .startTasks(List.of(sweep, nightly))
                .pollingInterval(pollingInterval)
                .threads(threads)
                .heartbeatInterval(Duration.ofSeconds(30))
                .shutdownMaxWait(Duration.ofSeconds(20))
                .build();
    }

    /**
     * Asked inside a transaction (a publication, a retry), the run is planned once that transaction has committed, so
     * it finds the firms waiting; a crash in between is caught by the sweep, which also runs at start-up.
     */
    @Override
    public void recomputeSoon() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    askRecompute();
                }
            });
        } else {
            askRecompute();
        }
    }

    /**
     * Plans the run {@link #GATHER} from now and, on this node, looks for due work right then rather than at the next
     * poll (up to {@code ondernemerscheck.jobs.polling-interval} later); another node that polls first takes it.
     *
     * @return false when a run was already planned (or running): this ask is folded into it
     */
    boolean askRecompute() {
        boolean planned = scheduler.scheduleIfNotExists(recomputeTask.instance(ONLY), clock.instant().plus(GATHER));
        if (planned) {
            // a few milliseconds after the planned moment, so the look finds the run already due
            CompletableFuture.delayedExecutor(GATHER.plus(LOOK_AFTER_DUE).toMillis(), TimeUnit.MILLISECONDS)
                    .execute(scheduler::triggerCheckForDueExecutions);
        }
        return planned;
    }

    /** This thread and {@code recomputeWorkers - 1} more each work through the waiting firms until none is left. */
    private void recomputeWithWorkers() {
        if (recomputeWorkers == 1) {
            asSystem(() -> recompute.getObject().recomputeWaitingFirms());
            return;
        }
        try (ExecutorService others = Executors.newFixedThreadPool(recomputeWorkers - 1,
                Thread.ofPlatform().name("recompute-worker-", 1).factory())) {
            List<Future<RecomputeProgress>> running = new ArrayList<>();
            for (int i = 1; i < recomputeWorkers; i++) {
                running.add(others.submit(() -> asSystem(() -> recompute.getObject().recomputeWaitingFirms())));
            }
            asSystem(() -> recompute.getObject().recomputeWaitingFirms());
            for (Future<RecomputeProgress> worker : running) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("recompute interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a recompute worker failed", e.getCause());
        }
    }

    /** How many recompute runs this node started, for the test that asks twice and sees one run. */
    int recomputeRuns() {
        return recomputeRuns.get();
    }

    /** The nightly work for one day, under the system role. */
    int refreshDeadlineSignals(LocalDate today) {
        return asSystem(() -> signals.getObject().refreshSignals(today));
    }

    static <T> T asSystem(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("systeem", null,
                List.of(new SimpleGrantedAuthority("ROLE_SYSTEM"))));
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @Override
    public void start() {
        scheduler.start();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        scheduler.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
