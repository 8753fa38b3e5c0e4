package eu.ondernemerscheck.application.firms.port.in;

import eu.ondernemerscheck.domain.shared.Firm;

/** Creates a firm: registers it and gives it its own, fully migrated schema before anyone can use it. */
public interface ProvisionFirmUseCase {
    Firm provision(ProvisionFirmCommand command);
}
