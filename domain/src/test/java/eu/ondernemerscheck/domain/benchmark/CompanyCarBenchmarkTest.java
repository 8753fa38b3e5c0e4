package eu.ondernemerscheck.domain.benchmark;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Runs {@link CompanyCarBenchmark} with a short configuration (1 fork, 3 warm-up and 5 measured iterations of 1 s, one
 * thread) and prints the throughput. Outside the default build (tag {@code benchmark}); it reports, it does not assert
 * a wall-clock figure. Target: at least 200,000 full-year calculations per second on one core.
 */
@Tag("benchmark")
class CompanyCarBenchmarkTest {

    @Test
    void reportsCompanyCarThroughput() throws RunnerException {
        ShortJmhRun.report(CompanyCarBenchmark.class, "be-company-car-benefit");
    }
}
