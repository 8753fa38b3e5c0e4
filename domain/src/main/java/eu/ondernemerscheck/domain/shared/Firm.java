package eu.ondernemerscheck.domain.shared;

import java.util.Objects;
import java.util.UUID;

/**
 * An accountancy firm as the platform knows it: its id, the public identifier used in its quick-check link (it only
 * picks where a lead goes and whose branding shows), and its name.
 */
public record Firm(FirmId id, UUID publicId, String name) {
    public Firm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(publicId, "publicId");
        Objects.requireNonNull(name, "name");
    }
}
