package eu.ondernemerscheck.domain.benchmark;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Collection;
import java.util.Locale;

/**
 * Runs the benchmarks of one class with the short configuration every engine benchmark uses (1 fork, one thread,
 * 3 warm-up and 5 measured iterations of 1 s) and prints one line per benchmark method. Reports figures, asserts none.
 */
final class ShortJmhRun {

    private ShortJmhRun() {
    }

    static void report(Class<?> benchmark, String label) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(benchmark.getName() + "\\.")
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
            String method = r.getParams().getBenchmark();
            System.out.printf(Locale.ROOT, "%s %-20s %,12.0f ± %,.0f calculations/s (one thread)%n", label,
                    method.substring(method.lastIndexOf('.') + 1), r.getPrimaryResult().getScore(),
                    r.getPrimaryResult().getScoreError());
        }
    }
}
