package eu.ondernemerscheck.application.firms.port.in;

import java.util.List;

/** The firms on the platform, for the administrator. */
public interface ListFirmsUseCase {
    List<FirmSummary> listFirms();
}
