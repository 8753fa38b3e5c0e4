package eu.ondernemerscheck.domain.proposals;

import eu.ondernemerscheck.domain.shared.FieldError;

import java.util.List;

/**
 * A check cannot be submitted (or its end reached) while a step is incomplete; names the first incomplete step (its
 * index from 0 and scheme) and what is wrong there, so the user is sent straight to it.
 */
public class IncompleteCheckException extends RuntimeException {

    private final int step;
    private final String scheme;
    private final transient List<FieldError> errors;

    public IncompleteCheckException(int step, String scheme, List<FieldError> errors) {
        super("step " + (step + 1) + " (" + scheme + ") is incomplete", null, false, false);
        this.step = step;
        this.scheme = scheme;
        this.errors = List.copyOf(errors);
    }

    public int step() {
        return step;
    }

    public String scheme() {
        return scheme;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
