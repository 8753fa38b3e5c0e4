package eu.ondernemerscheck.application.selfcheck.port.out;

import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.FirmId;

import java.util.Optional;
import java.util.UUID;

/** Reads a firm from the platform's register by its public id or its id. */
public interface LoadCheckFirmPort {
    Optional<Firm> findByPublicId(UUID publicId);

    Optional<Firm> findById(FirmId id);
}
