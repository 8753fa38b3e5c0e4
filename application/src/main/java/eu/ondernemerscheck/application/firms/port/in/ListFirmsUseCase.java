package eu.ondernemerscheck.application.firms.port.in;

import eu.ondernemerscheck.domain.shared.Firm;

import java.util.List;

/** The firms on the platform, for the administrator. */
public interface ListFirmsUseCase {
    List<Firm> listFirms();
}
