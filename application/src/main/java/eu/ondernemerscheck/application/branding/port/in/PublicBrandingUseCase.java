package eu.ondernemerscheck.application.branding.port.in;

import eu.ondernemerscheck.domain.branding.Branding;

import java.util.Optional;
import java.util.UUID;

/** The branding a firm's public quick check shows; reads the platform register only, never client data. */
public interface PublicBrandingUseCase {

    Optional<Branding> brandingOfCheck(UUID publicId);
}
