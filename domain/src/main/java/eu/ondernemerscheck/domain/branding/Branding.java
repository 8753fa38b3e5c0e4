package eu.ondernemerscheck.domain.branding;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a firm shows itself: the display name (its registered name until it sets one), colour and logo (none until
 * uploaded). {@code version} is 0 for a firm that never saved its branding.
 */
public record Branding(String displayName, BrandColour colour, LogoImage logo, long version, Instant updatedAt,
                       String updatedBy) {

    public static final int MAX_NAME = 120;

    public Branding {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(colour, "colour");
        updatedBy = updatedBy == null ? "" : updatedBy;
    }

    /** What a firm shows before it sets anything: its registered name and the product's colour. */
    public static Branding unset(String firmName) {
        return new Branding(firmName, BrandColour.DEFAULT, null, 0, null, "");
    }

    public Optional<LogoImage> optionalLogo() {
        return Optional.ofNullable(logo);
    }
}
