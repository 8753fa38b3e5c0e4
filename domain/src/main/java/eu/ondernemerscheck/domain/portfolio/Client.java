package eu.ondernemerscheck.domain.portfolio;

import eu.ondernemerscheck.domain.rules.Country;

import java.util.Objects;

/**
 * A client of a firm: the small entrepreneur whose schemes the accountant follows. The id is unique within the firm
 * only; the firm itself is never part of the client record.
 */
public record Client(long id, String name, Country country, String legalForm, long version) {
    public Client {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        legalForm = legalForm == null ? "" : legalForm;
    }
}
