package eu.ondernemerscheck.domain.benchmark;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Collection;
import java.util.Locale;

/**
 * Runs {@link KiaBenchmark} with a short configuration (1 fork, 3 warm-up and 5 measured iterations of 1 s, one
 * thread) and prints the throughput. Outside the default build (tag {@code benchmark}); it reports, it does not assert
 * a wall-clock figure. Target: at least 1,000,000 calculations per second on one core.
 */
@Tag("benchmark")
class KiaBenchmarkTest {

    @Test
    void reportsKiaThroughput() throws RunnerException {
        Options options = new OptionsBuilder()
                .include(KiaBenchmark.class.getName() + "\\.")
                .forks(1)
                .threads(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        for (RunResult r : results) {
            System.out.printf(Locale.ROOT, "nl-kia %-13s %,12.0f ± %,.0f calculations/s (one thread)%n",
                    r.getParams().getBenchmark().substring(r.getParams().getBenchmark().lastIndexOf('.') + 1),
                    r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError());
        }
    }
}
