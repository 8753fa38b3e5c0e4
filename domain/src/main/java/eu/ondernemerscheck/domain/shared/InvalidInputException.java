package eu.ondernemerscheck.domain.shared;

import java.util.List;

/** Every invalid input of one request at once, so the user can mend them all in one go. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).field() + ": " + errors.get(0).message(), null, false,
                false);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one field");
        }
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
