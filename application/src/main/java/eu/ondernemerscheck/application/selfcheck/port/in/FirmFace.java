package eu.ondernemerscheck.application.selfcheck.port.in;

import java.util.Objects;
import java.util.UUID;

/** What a visitor of a firm's quick check may know of the firm: the public id of its link and its name. */
public record FirmFace(UUID publicId, String name) {
    public FirmFace {
        Objects.requireNonNull(publicId, "publicId");
        Objects.requireNonNull(name, "name");
    }
}
