package eu.ondernemerscheck.application.firms.port.in;

/** Creates a firm: registers it and gives it its own, fully migrated schema before anyone can use it. */
public interface ProvisionFirmUseCase {
    FirmSummary provision(ProvisionFirmCommand command);
}
