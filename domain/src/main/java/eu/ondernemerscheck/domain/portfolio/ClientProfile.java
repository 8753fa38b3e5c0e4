package eu.ondernemerscheck.domain.portfolio;

import eu.ondernemerscheck.domain.rules.Country;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the firm records about a client apart from the yearly facts: country, legal form, VAT position, the date the
 * business started and the partners with their profit shares. The version is what an edit must name to be accepted.
 */
public record ClientProfile(long clientId, String name, Country country, String legalForm, VatPosition vatPosition,
                            LocalDate startDate, List<Partner> partners, long version, Instant updatedAt,
                            String updatedBy) {
    public ClientProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        legalForm = legalForm == null ? "" : legalForm;
        vatPosition = vatPosition == null ? VatPosition.UNKNOWN : vatPosition;
        partners = partners == null ? List.of() : List.copyOf(partners);
        updatedBy = updatedBy == null ? "" : updatedBy;
    }

    public Client client() {
        return new Client(clientId, name, country, legalForm, version);
    }
}
