package eu.ondernemerscheck.domain.benchmark;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Runs {@link KiaBenchmark} with a short configuration (1 fork, 3 warm-up and 5 measured iterations of 1 s, one
 * thread) and prints the throughput. Outside the default build (tag {@code benchmark}); it reports, it does not assert
 * a wall-clock figure. Target: at least 1,000,000 calculations per second on one core.
 */
@Tag("benchmark")
class KiaBenchmarkTest {

    @Test
    void reportsKiaThroughput() throws RunnerException {
        ShortJmhRun.report(KiaBenchmark.class, "nl-kia");
    }
}
