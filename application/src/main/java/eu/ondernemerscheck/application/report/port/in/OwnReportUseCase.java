package eu.ondernemerscheck.application.report.port.in;

import java.util.List;

/**
 * The signed-in client's own report: the client record is the one their account is linked to, never one named by
 * the caller.
 */
public interface OwnReportUseCase {

    /** The years the client's record has facts for, newest first; empty when the account has no client record. */
    List<Integer> ownReportYears();

    /** @throws eu.ondernemerscheck.domain.report.NoFactsException when nothing was saved for that year */
    ReportFile ownReport(int year);
}
