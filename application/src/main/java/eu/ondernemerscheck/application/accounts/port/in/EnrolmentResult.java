package eu.ondernemerscheck.application.accounts.port.in;

import java.util.List;

/** The answer to an enrolment: on success the recovery codes, shown once and never again retrievable. */
public record EnrolmentResult(Outcome outcome, List<String> recoveryCodes) {

    public enum Outcome { ENROLLED, WRONG_CODE, THROTTLED, ALREADY_ENROLLED, BUSY }

    public EnrolmentResult {
        recoveryCodes = List.copyOf(recoveryCodes);
    }

    public static EnrolmentResult of(Outcome outcome) {
        return new EnrolmentResult(outcome, List.of());
    }
}
