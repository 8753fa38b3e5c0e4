package eu.ondernemerscheck.application.exchange.port.in;

import eu.ondernemerscheck.application.report.port.in.ReportFile;

/** The signed-in accountant's portfolio as a CSV file for a spreadsheet. */
public interface ExportPortfolioUseCase {
    ReportFile exportPortfolio();
}
