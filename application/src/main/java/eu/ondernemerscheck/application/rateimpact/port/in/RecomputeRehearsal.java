package eu.ondernemerscheck.application.rateimpact.port.in;

/** What a rehearsal of the recompute went through: firms and client years computed, nothing stored. */
public record RecomputeRehearsal(int firms, int clientYears) {
}
