package eu.ondernemerscheck.application.clients.port.in;

import eu.ondernemerscheck.domain.portfolio.Partner;
import eu.ondernemerscheck.domain.portfolio.VatPosition;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A client's new profile, replacing the old one as a whole; {@code expectedVersion} is the version the user opened.
 * Partners' shares are fractions that add up to 1 (a tolerance of 0.000001 lets 1/3 three times pass, as in the
 * KIA's partner split, tax-rules.md §1.2).
 */
public record SaveProfileCommand(long clientId, String name, Country country, String legalForm,
                                 VatPosition vatPosition, LocalDate startDate, List<Partner> partners,
                                 long expectedVersion) {

    private static final BigDecimal TOLERANCE = new BigDecimal("0.000001");

    public SaveProfileCommand {
        List<FieldError> errors = new ArrayList<>();
        name = name == null ? "" : name.strip();
        legalForm = legalForm == null ? "" : legalForm.strip();
        vatPosition = vatPosition == null ? VatPosition.UNKNOWN : vatPosition;
        partners = partners == null ? List.of() : List.copyOf(partners);
        if (name.isEmpty() || name.length() > 200) {
            errors.add(new FieldError("name", "Geef de naam van de klant (hoogstens 200 tekens)."));
        }
        if (country == null) {
            errors.add(new FieldError("country", "Kies Nederland of België."));
        }
        if (legalForm.length() > 60) {
            errors.add(new FieldError("legalForm", "De rechtsvorm is te lang (hoogstens 60 tekens)."));
        }
        if (vatPosition == VatPosition.KOR && country == Country.BE) {
            errors.add(new FieldError("vatPosition", "De KOR is Nederlands; kies voor een Belgische klant de "
                    + "vrijstellingsregeling."));
        }
        if (vatPosition == VatPosition.EXEMPT && country == Country.NL) {
            errors.add(new FieldError("vatPosition", "De vrijstellingsregeling is Belgisch; kies voor een "
                    + "Nederlandse klant de KOR."));
        }
        if (startDate != null && (startDate.getYear() < 1900 || startDate.getYear() > 2100)) {
            errors.add(new FieldError("startDate", "Kies een startdatum tussen 1900 en 2100."));
        }
        if (partners.size() > 50) {
            errors.add(new FieldError("partners", "Hoogstens 50 vennoten."));
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < partners.size(); i++) {
            Partner p = partners.get(i);
            if (p.name().isBlank() || p.name().length() > 200) {
                errors.add(new FieldError("partners[" + i + "].name", "Geef de naam van vennoot " + (i + 1) + "."));
            }
            if (p.share().signum() <= 0 || p.share().compareTo(BigDecimal.ONE) > 0) {
                errors.add(new FieldError("partners[" + i + "].share", "Het aandeel van vennoot " + (i + 1)
                        + " ligt tussen 0 en 100%."));
            }
            sum = sum.add(p.share());
        }
        if (!partners.isEmpty() && sum.subtract(BigDecimal.ONE).abs().compareTo(TOLERANCE) > 0) {
            errors.add(new FieldError("partners", "De aandelen van de vennoten zijn samen 100%, nu "
                    + sum.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',') + "%."));
        }
        if (clientId <= 0) {
            errors.add(new FieldError("clientId", "Kies een klant."));
        }
        if (expectedVersion < 0) {
            errors.add(new FieldError("expectedVersion", "Laad het profiel opnieuw."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
