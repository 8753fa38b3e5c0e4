package eu.ondernemerscheck.application.exchange.port.in;

import eu.ondernemerscheck.application.report.port.in.ReportFile;
import eu.ondernemerscheck.domain.portfolio.PortfolioQuery;

/** The signed-in accountant's portfolio as a CSV file for a spreadsheet. */
public interface ExportPortfolioUseCase {

    /**
     * The clients the portfolio grid shows for {@code query} (its year, search, filters and sort), in the grid's order,
     * with the results of that year.
     */
    ReportFile exportPortfolio(PortfolioQuery query);
}
