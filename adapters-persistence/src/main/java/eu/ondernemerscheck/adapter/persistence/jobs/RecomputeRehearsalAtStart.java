package eu.ondernemerscheck.adapter.persistence.jobs;

import eu.ondernemerscheck.application.rateimpact.port.in.RecomputeRehearsal;
import eu.ondernemerscheck.application.rateimpact.port.in.RecomputeResultsUseCase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Once the app is ready, rehearses the recompute of stored results on up to
 * {@code ondernemerscheck.jobs.rehearsal-client-years} client years (default {@value #DEFAULT_CLIENT_YEARS}, 0 for
 * none), in a thread of its own at the background's priority. The first publication after a start then runs on code
 * the JVM has already compiled, instead of compiling it while the accountants wait for their screens
 * (docs/performance.md, issue 9). The rehearsal reads, computes and writes as a recompute does, and rolls back each
 * step of a hundred clients, so it stores and claims nothing; a save of one of a step's clients waits for that step. If
 * it fails, that is logged and nothing else happens. When the app stops, the rehearsal is interrupted and ends after
 * the step at hand; the stop waits up to 10 s for that, before the database connections close. A step still waiting
 * then (for a recompute that holds the same years) loses its connection, and the database rolls it back as it would.
 */
@Component
class RecomputeRehearsalAtStart implements SmartLifecycle {

    static final int DEFAULT_CLIENT_YEARS = 20_000;
    private static final System.Logger LOG = System.getLogger(RecomputeRehearsalAtStart.class.getName());

    private final ObjectProvider<RecomputeResultsUseCase> recompute;
    private final int clientYears;
    private final CompletableFuture<RecomputeRehearsal> outcome = new CompletableFuture<>();
    private volatile Thread rehearsing;
    private volatile boolean running;

    RecomputeRehearsalAtStart(ObjectProvider<RecomputeResultsUseCase> recompute,
                              @Value("${ondernemerscheck.jobs.rehearsal-client-years:" + DEFAULT_CLIENT_YEARS + "}")
                              int clientYears) {
        if (clientYears < 0) {
            throw new IllegalArgumentException("ondernemerscheck.jobs.rehearsal-client-years is een aantal"
                    + " klantjaren, 0 voor geen, niet " + clientYears);
        }
        this.recompute = recompute;
        this.clientYears = clientYears;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rehearse() {
        if (clientYears == 0) {
            outcome.complete(new RecomputeRehearsal(0, 0));
            return;
        }
        rehearsing = Thread.ofPlatform().name("recompute-rehearsal").daemon().start(() -> {
            long started = System.nanoTime();
            try {
                RecomputeRehearsal done = BackgroundJobs.asSystem(() -> recompute.getObject().rehearse(clientYears));
                LOG.log(System.Logger.Level.INFO, "recompute rehearsed on {0} client years of {1} firms in {2} ms,"
                        + " nothing stored", done.clientYears(), done.firms(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                outcome.complete(done);
            } catch (Throwable e) {
                LOG.log(System.Logger.Level.WARNING, "recompute rehearsal stopped, nothing stored", e);
                outcome.completeExceptionally(e);
            }
        });
    }

    /** The rehearsal's outcome, once it has run. */
    CompletableFuture<RecomputeRehearsal> outcome() {
        return outcome;
    }

    @Override
    public void start() {
        // the rehearsal starts once the app is ready, not with the context
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = rehearsing;
        if (thread == null) {
            return;
        }
        // it stops after the step at hand, whose transaction is rolled back
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
