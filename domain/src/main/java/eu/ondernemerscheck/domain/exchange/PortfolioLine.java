package eu.ondernemerscheck.domain.exchange;

import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.portfolio.StoredResult;

import java.util.List;
import java.util.Objects;

/** One client of the portfolio with the stored results of its latest year with facts (no year: none yet). */
public record PortfolioLine(Client client, Integer year, List<StoredResult> results) {
    public PortfolioLine {
        Objects.requireNonNull(client, "client");
        results = List.copyOf(results);
    }
}
