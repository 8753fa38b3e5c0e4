package eu.ondernemerscheck.application.selfcheck.port.in;

import java.util.Optional;
import java.util.UUID;

/** The firm behind a quick-check link; reads the platform's register only, never a firm's client data. */
public interface FindCheckFirmUseCase {

    /** Open to anyone: the public id only picks where a lead goes and whose name shows. */
    Optional<FirmFace> findByPublicId(UUID publicId);

    /** The signed-in accountant's own firm, for showing its quick-check link. */
    FirmFace ownFirm();
}
