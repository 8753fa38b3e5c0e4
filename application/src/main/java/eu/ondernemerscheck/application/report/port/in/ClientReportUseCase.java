package eu.ondernemerscheck.application.report.port.in;

/** The report of a client of the signed-in accountant's own firm. */
public interface ClientReportUseCase {

    /**
     * @throws eu.ondernemerscheck.domain.portfolio.UnknownClientException when the firm has no such client
     * @throws eu.ondernemerscheck.domain.report.NoFactsException when nothing was saved for that year
     */
    ReportFile report(long clientId, int year);
}
