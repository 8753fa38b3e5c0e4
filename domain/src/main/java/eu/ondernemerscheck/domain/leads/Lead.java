package eu.ondernemerscheck.domain.leads;

import eu.ondernemerscheck.domain.rules.Country;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A request to be contacted, left at the end of a quick check: who, how to reach them, what they wrote, the consent
 * text they agreed to, and the check itself (country, year, answers and the figures computed from them).
 *
 * @param id null until stored
 */
public record Lead(Long id, Instant receivedAt, String name, String email, String phone, String message,
                   Country country, int year, String consentText, List<LeadAnswer> answers,
                   List<LeadFigure> figures) {

    public Lead {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(consentText, "consentText");
        phone = phone == null ? "" : phone;
        message = message == null ? "" : message;
        answers = List.copyOf(answers);
        figures = List.copyOf(figures);
    }
}
