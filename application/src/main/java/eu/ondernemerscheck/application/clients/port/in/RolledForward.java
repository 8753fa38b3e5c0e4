package eu.ondernemerscheck.application.clients.port.in;

import eu.ondernemerscheck.domain.shared.FieldError;

import java.util.List;

/** The next year's facts as saved with their results, and the schemes left out with the reason per scheme. */
public record RolledForward(SavedFacts saved, List<FieldError> leftOut) {
    public RolledForward {
        leftOut = List.copyOf(leftOut);
    }
}
