package eu.ondernemerscheck.application.rates.service;

import eu.ondernemerscheck.application.rates.port.in.CalculateCommand;
import eu.ondernemerscheck.application.rates.port.in.CalculateUseCase;
import eu.ondernemerscheck.application.rates.port.in.ListSchemesUseCase;
import eu.ondernemerscheck.application.rates.port.in.SchemeOverview;
import eu.ondernemerscheck.domain.catalogue.UnknownSchemeException;
import eu.ondernemerscheck.application.rates.port.out.LoadRateBookPort;
import eu.ondernemerscheck.domain.catalogue.SchemeCatalogue;
import eu.ondernemerscheck.domain.rules.Outcome;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.rules.Scheme;
import eu.ondernemerscheck.domain.rules.SchemeInputs;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;

/**
 * Runs the engine's calculators on the rates in force. Stateless and open to anyone: it reads no client data and
 * stores nothing.
 */
@Service
class CalculationService implements CalculateUseCase, ListSchemesUseCase {

    private final SchemeCatalogue catalogue = SchemeCatalogue.standard();
    private final LoadRateBookPort rates;

    CalculationService(LoadRateBookPort rates) {
        this.rates = rates;
    }

    @Override
    @PreAuthorize("permitAll()")
    public Outcome calculate(CalculateCommand command) {
        Scheme scheme = catalogue.find(command.scheme()).orElseThrow(
                () -> new UnknownSchemeException(command.scheme()));
        SchemeInputs inputs = SchemeInputs.parse("inputs", command.inputs(), scheme.definition().inputs());
        return scheme.calculate(inputs, command.year(), rates.currentRateBook());
    }

    @Override
    @PreAuthorize("permitAll()")
    public List<FieldError> checkInputs(String schemeId, Map<String, Object> inputs) {
        Scheme scheme = catalogue.find(schemeId).orElseThrow(() -> new UnknownSchemeException(schemeId));
        try {
            SchemeInputs.parse("inputs", inputs, scheme.definition().inputs());
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors();
        }
    }

    @Override
    @PreAuthorize("permitAll()")
    public List<SchemeOverview> listSchemes() {
        RateBook book = rates.currentRateBook();
        return catalogue.all().stream()
                .map(s -> new SchemeOverview(s.definition(), SchemeCatalogue.yearsWithRates(s, book)))
                .toList();
    }

    @Override
    @PreAuthorize("permitAll()")
    public String rateVersion() {
        return rates.currentRateBook().version();
    }
}
