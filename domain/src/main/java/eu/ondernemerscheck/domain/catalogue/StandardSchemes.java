package eu.ondernemerscheck.domain.catalogue;

import eu.ondernemerscheck.domain.mileage.CommuteScheme;
import eu.ondernemerscheck.domain.rules.Scheme;

import java.util.List;

/** The product's schemes in display order. Each scheme package contributes its own {@link Scheme} implementations. */
final class StandardSchemes {

    private StandardSchemes() {
    }

    static List<Scheme> all() {
        return List.of(
                new CommuteScheme());
    }
}
