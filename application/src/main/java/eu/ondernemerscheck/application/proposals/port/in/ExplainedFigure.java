package eu.ondernemerscheck.application.proposals.port.in;

import eu.ondernemerscheck.domain.rules.Outcome;

/**
 * A figure of the client's year as the accountant's facts give it, with the full outcome (its explanation, sources and
 * rate version); {@code outcome} is null and {@code problem} says why when it cannot be computed.
 */
public record ExplainedFigure(String scheme, String title, String label, String figureText, Outcome outcome,
                              String problem) {
}
