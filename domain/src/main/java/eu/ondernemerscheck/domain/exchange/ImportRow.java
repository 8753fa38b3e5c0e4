package eu.ondernemerscheck.domain.exchange;

import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.FieldError;

import java.util.List;

/**
 * One client line of an import file as read, with every problem of it by column ({@code naam}, {@code land},
 * {@code rechtsvorm}). {@code country} is null when the column could not be read.
 */
public record ImportRow(int line, String name, Country country, String legalForm, List<FieldError> errors) {

    public ImportRow {
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
