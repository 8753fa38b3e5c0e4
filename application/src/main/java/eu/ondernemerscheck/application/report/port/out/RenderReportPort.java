package eu.ondernemerscheck.application.report.port.out;

import eu.ondernemerscheck.domain.report.ClientReport;

/** Lays a client report out as a PDF document. */
public interface RenderReportPort {
    byte[] render(ClientReport report);
}
