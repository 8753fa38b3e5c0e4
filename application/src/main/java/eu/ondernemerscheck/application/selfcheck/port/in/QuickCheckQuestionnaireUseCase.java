package eu.ondernemerscheck.application.selfcheck.port.in;

import eu.ondernemerscheck.domain.rules.Country;

/** The questions of the quick check, generated from the scheme catalogue. Open to anyone: no client data. */
public interface QuickCheckQuestionnaireUseCase {
    QuickCheck quickCheck(Country country);
}
