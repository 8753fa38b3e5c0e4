package eu.ondernemerscheck.application.report.port.in;

import eu.ondernemerscheck.domain.shared.FirmId;

/**
 * Gives the demo firm something to report on: facts and results for two of its clients (one with provisional rates)
 * and the demo client's account linked to its client record. Runs once, right after the demo firm is seeded.
 */
public interface SeedDemoReportsUseCase {
    void seedDemoReports(FirmId demoFirm, String demoClientEmail);
}
