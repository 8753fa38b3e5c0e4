package eu.ondernemerscheck.application.branding.port.in;

import eu.ondernemerscheck.domain.branding.Branding;

/** The signed-in accountant's own firm's branding; the firm comes from the sign-in only. */
public interface FirmBrandingUseCase {

    /** The branding as set, or the firm's registered name and the product colour when never set. */
    Branding ownBranding();

    /**
     * @throws eu.ondernemerscheck.domain.shared.ChangedMeanwhileException when someone saved since
     *         {@code command.expectedVersion()}
     */
    Branding save(SaveBrandingCommand command);
}
