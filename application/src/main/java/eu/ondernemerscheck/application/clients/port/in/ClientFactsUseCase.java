package eu.ondernemerscheck.application.clients.port.in;

import eu.ondernemerscheck.domain.portfolio.StoredResult;
import eu.ondernemerscheck.domain.portfolio.YearFacts;

import java.util.List;

/**
 * A client's facts per year in the signed-in accountant's own firm, and the results kept from them. Saving checks
 * every scheme's inputs, refuses a stale version, stores the facts, recomputes every scheme with facts and keeps the
 * results with their rate version.
 */
public interface ClientFactsUseCase {

    /** The facts of that year; empty facts (version 0) when none were saved. */
    YearFacts facts(long clientId, int year);

    /** The years the client has facts for, newest first. */
    List<Integer> years(long clientId);

    /**
     * @throws eu.ondernemerscheck.domain.shared.InvalidInputException naming every invalid input as
     *         {@code scheme.input}
     * @throws eu.ondernemerscheck.domain.shared.ChangedMeanwhileException when the facts were saved by someone else
     *         since {@code command.expectedVersion()}
     * @throws eu.ondernemerscheck.domain.portfolio.UnknownClientException when the firm has no such client
     */
    SavedFacts save(SaveFactsCommand command);

    /**
     * Takes a scheme out of the year's facts, as a save of the remaining facts: same version check, recompute and
     * audit; the scheme's stored result stops being current (its history stays).
     *
     * @throws eu.ondernemerscheck.domain.shared.InvalidInputException when the year has no facts for that scheme
     * @throws eu.ondernemerscheck.domain.shared.ChangedMeanwhileException when the facts were saved by someone else
     *         since {@code command.expectedVersion()}
     * @throws eu.ondernemerscheck.domain.portfolio.UnknownClientException when the firm has no such client
     */
    SavedFacts removeScheme(RemoveSchemeCommand command);

    /** The current stored results of that year, in catalogue order. */
    List<StoredResult> results(long clientId, int year);

    /** Every result stored for that year, oldest first. */
    List<StoredResult> history(long clientId, int year);
}
