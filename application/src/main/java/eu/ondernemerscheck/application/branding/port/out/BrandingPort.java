package eu.ondernemerscheck.application.branding.port.out;

import eu.ondernemerscheck.domain.branding.BrandColour;
import eu.ondernemerscheck.domain.branding.Branding;
import eu.ondernemerscheck.domain.branding.LogoImage;
import eu.ondernemerscheck.domain.shared.FirmId;

import java.time.Instant;
import java.util.Optional;

/** Firms' branding in the platform register, by firm id. */
public interface BrandingPort {

    Optional<Branding> load(FirmId firm);

    /**
     * Stores the branding if it is still at {@code expectedVersion} (0: never saved).
     *
     * @throws eu.ondernemerscheck.domain.shared.ChangedMeanwhileException otherwise
     */
    Branding save(FirmId firm, String displayName, BrandColour colour, LogoImage logo, long expectedVersion,
                  String by, Instant at);
}
