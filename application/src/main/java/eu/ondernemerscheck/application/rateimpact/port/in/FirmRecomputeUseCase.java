package eu.ondernemerscheck.application.rateimpact.port.in;

import eu.ondernemerscheck.domain.shared.Firm;

import java.util.OptionalInt;

/** One firm's recompute, run with that firm as the tenant in a transaction of its own. */
public interface FirmRecomputeUseCase {

    /** @return how many results were stored, or empty when the firm was not waiting or another worker has it */
    OptionalInt recompute(Firm firm);

    /**
     * Reads, computes and writes what a recompute of the firm would, on the rates in force, step by step, and rolls each
     * step back: after a start, so that the first publication runs on code the JVM has compiled. It stores nothing and
     * claims nothing; a step locks its client years while it runs, as a recompute's step does.
     *
     * @param clientYears stop after the step in which at least this many client years were computed
     * @return how many client years were computed
     */
    int rehearse(Firm firm, int clientYears);
}
