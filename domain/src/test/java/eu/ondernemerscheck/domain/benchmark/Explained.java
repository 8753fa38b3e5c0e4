package eu.ondernemerscheck.domain.benchmark;

import eu.ondernemerscheck.domain.rules.ExplanationStep;
import eu.ondernemerscheck.domain.rules.Outcome;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the benchmarks read of an outcome's explanation. The engine writes the text of a step when it is first read,
 * so a benchmark that only returned the outcome would leave every text unwritten. The plain benchmarks write the last
 * step (the figure and how it was rounded), which shows the text is there to be read without writing all of it; the
 * {@code ...Read} benchmarks write and read every step and warning, as the API and the screens do.
 */
final class Explained {

    private Explained() {
    }

    static Outcome lastStepWritten(Outcome outcome, Blackhole text) {
        ExplanationStep last = outcome.explanation().getLast();
        text.consume(last.step());
        text.consume(last.value());
        return outcome;
    }

    static void allWritten(Outcome outcome, Blackhole text) {
        for (ExplanationStep s : outcome.explanation()) {
            text.consume(s.step());
            text.consume(s.value());
            text.consume(s.reference());
        }
        for (String warning : outcome.warnings()) {
            text.consume(warning);
        }
        text.consume(outcome);
    }
}
