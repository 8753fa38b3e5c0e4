package eu.ondernemerscheck.application.clients.port.in;

import eu.ondernemerscheck.domain.portfolio.StoredResult;
import eu.ondernemerscheck.domain.portfolio.YearFacts;

import java.util.List;

/** The facts as saved (with their new version) and the results recomputed from them. */
public record SavedFacts(YearFacts facts, List<StoredResult> results) {
    public SavedFacts {
        results = List.copyOf(results);
    }
}
