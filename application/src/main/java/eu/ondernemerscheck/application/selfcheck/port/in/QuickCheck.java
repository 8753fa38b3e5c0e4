package eu.ondernemerscheck.application.selfcheck.port.in;

import eu.ondernemerscheck.domain.rules.Country;

import java.util.List;

/** The quick check for one country: the year it computes and its schemes with their questions. */
public record QuickCheck(Country country, int year, List<QuickCheckScheme> schemes) {
    public QuickCheck {
        schemes = List.copyOf(schemes);
    }
}
