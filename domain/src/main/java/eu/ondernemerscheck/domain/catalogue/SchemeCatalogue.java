package eu.ondernemerscheck.domain.catalogue;

import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.rules.RateKey;
import eu.ondernemerscheck.domain.rules.RateStatus;
import eu.ondernemerscheck.domain.rules.RateValue;
import eu.ondernemerscheck.domain.rules.Scheme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The one list of schemes that the API, the self-check, the accountant's screens and the admin's rate screens are
 * generated from. A new scheme is added here and nowhere else.
 */
public final class SchemeCatalogue {

    private final Map<String, Scheme> schemes;

    public SchemeCatalogue(List<Scheme> schemes) {
        Map<String, Scheme> byId = new LinkedHashMap<>();
        for (Scheme s : schemes) {
            if (byId.put(s.id(), s) != null) {
                throw new IllegalArgumentException("scheme " + s.id() + " is listed twice");
            }
        }
        this.schemes = byId;
    }

    /** Every scheme of the product, NL first, in the order the screens show them. */
    public static SchemeCatalogue standard() {
        return new SchemeCatalogue(StandardSchemes.all());
    }

    public List<Scheme> all() {
        return List.copyOf(schemes.values());
    }

    public List<Scheme> forCountry(Country country) {
        return schemes.values().stream().filter(s -> s.definition().country() == country).toList();
    }

    public Optional<Scheme> find(String id) {
        return Optional.ofNullable(schemes.get(id));
    }

    /**
     * The calendar years for which every year parameter of the scheme has a value, each with its status: provisional
     * when any value in force during that year is.
     */
    public static Map<Integer, RateStatus> yearsWithRates(Scheme scheme, RateBook book) {
        Map<Integer, RateStatus> years = new TreeMap<>();
        List<RateKey> keys = new ArrayList<>(scheme.yearKeys());
        if (keys.isEmpty()) {
            return years;
        }
        int from = Integer.MAX_VALUE;
        int to = Integer.MIN_VALUE;
        for (RateValue v : book.series(keys.get(0))) {
            from = Math.min(from, v.effectiveFrom().getYear());
            to = Math.max(to, v.effectiveUntil().getYear());
        }
        for (int year = from; year <= to; year++) {
            RateStatus status = RateStatus.CONFIRMED;
            boolean complete = true;
            for (RateKey key : keys) {
                List<RateValue> inYear = book.inYear(key, year);
                if (inYear.isEmpty()) {
                    complete = false;
                    break;
                }
                for (RateValue v : inYear) {
                    status = status.and(v.status());
                }
            }
            if (complete) {
                years.put(year, status);
            }
        }
        return years;
    }
}
