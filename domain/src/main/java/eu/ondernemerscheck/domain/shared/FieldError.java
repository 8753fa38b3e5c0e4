package eu.ondernemerscheck.domain.shared;

import java.util.Objects;

/**
 * One invalid input, named by its path as the caller wrote it ({@code inputs.assets[1].amount_excl_vat_eur}) with a
 * message in plain language.
 */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
