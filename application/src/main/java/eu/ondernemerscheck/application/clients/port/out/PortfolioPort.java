package eu.ondernemerscheck.application.clients.port.out;

import eu.ondernemerscheck.domain.portfolio.FirmSignal;
import eu.ondernemerscheck.domain.portfolio.PortfolioQuery;
import eu.ondernemerscheck.domain.portfolio.PortfolioRow;
import eu.ondernemerscheck.domain.portfolio.Signal;
import eu.ondernemerscheck.domain.portfolio.YearOverview;

import java.time.Instant;
import java.util.List;

/**
 * The portfolio in the schema of the firm in the tenant context: overviews and signals kept per client and year, read
 * a page at a time with sorting and filtering in the database.
 */
public interface PortfolioPort {

    /** Replaces the overview and signals of that client and year. */
    void storeReview(YearOverview overview, Instant at);

    /** {@link #storeReview} for many client years at once, in a few statements whatever their number. */
    void storeReviews(List<YearOverview> overviews, Instant at);

    List<PortfolioRow> page(PortfolioQuery query, int offset, int limit);

    int count(PortfolioQuery query);

    List<String> legalForms();

    List<FirmSignal> signals(int year, int offset, int limit);

    int countSignals(int year);

    List<Signal> clientSignals(long clientId, int year);
}
