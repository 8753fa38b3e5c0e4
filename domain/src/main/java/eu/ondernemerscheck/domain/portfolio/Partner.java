package eu.ondernemerscheck.domain.portfolio;

import java.math.BigDecimal;
import java.util.Objects;

/** A partner of a partnership (vof, maatschap) and the partner's share in the profit, as a fraction (0.5, not 50). */
public record Partner(String name, BigDecimal share) {
    public Partner {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(share, "share");
    }
}
