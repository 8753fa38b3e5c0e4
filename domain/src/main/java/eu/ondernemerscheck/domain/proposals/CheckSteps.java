package eu.ondernemerscheck.domain.proposals;

import eu.ondernemerscheck.domain.catalogue.SchemeCatalogue;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.rules.InputField;
import eu.ondernemerscheck.domain.rules.InputType;
import eu.ondernemerscheck.domain.rules.MissingRateException;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.rules.Scheme;
import eu.ondernemerscheck.domain.rules.SchemeInputs;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The steps of a client's own check and when each is complete.
 * <p>
 * A client answers the schemes an entrepreneur can answer about their own year: the same schemes as the quick check
 * (the comparisons, VAT revision, registration deadlines, EU-KOR and the threshold crossing are left to the
 * accountant), with every input of those schemes that is a single value; lists (KIA assets, partners' shares) stay
 * with the accountant. A step is complete when the client said it does not apply, or when the client saved answers
 * for it and the engine accepts them: every input valid and the calculation refusing nothing. A year without rates
 * does not make a step incomplete; the figure then simply waits for the rates.
 */
public final class CheckSteps {

    /** The schemes a client answers, in the order they are asked. */
    static final List<String> SCHEMES = List.of("nl-kia", "nl-kor", "be-vat-exemption", "be-company-car-benefit",
            "be-car-deductibility", "be-mileage-commute", "be-mileage-business");

    private final SchemeCatalogue catalogue;

    public CheckSteps(SchemeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public List<CheckStep> forCountry(Country country) {
        List<CheckStep> steps = new ArrayList<>();
        for (String id : SCHEMES) {
            catalogue.find(id).filter(s -> s.definition().country() == country).ifPresent(s -> steps.add(
                    new CheckStep(s.definition(), s.definition().inputs().stream().filter(CheckSteps::asked)
                            .toList())));
        }
        return steps;
    }

    private static boolean asked(InputField f) {
        return f.type() != InputType.OBJECT_LIST && f.type() != InputType.FRACTION_LIST;
    }

    /** What keeps a step from being complete; empty when it is complete. */
    public List<FieldError> problems(CheckStep step, Map<String, Map<String, Object>> answers,
                                     Set<String> notApplicable, int year, RateBook book) {
        if (notApplicable.contains(step.scheme())) {
            return List.of();
        }
        Map<String, Object> given = answers.get(step.scheme());
        if (given == null) {
            return List.of(new FieldError(step.scheme(), "Deze stap is nog niet ingevuld."));
        }
        Scheme scheme = catalogue.find(step.scheme()).orElseThrow();
        try {
            scheme.calculate(SchemeInputs.parse(step.scheme(), given, scheme.definition().inputs()), year, book);
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors();
        } catch (MissingRateException e) {
            return List.of();
        }
    }

    /**
     * @throws IncompleteCheckException naming the first incomplete step, if there is one
     */
    public void requireComplete(List<CheckStep> steps, Map<String, Map<String, Object>> answers,
                                Set<String> notApplicable, int year, RateBook book) {
        for (int i = 0; i < steps.size(); i++) {
            List<FieldError> problems = problems(steps.get(i), answers, notApplicable, year, book);
            if (!problems.isEmpty()) {
                throw new IncompleteCheckException(i, steps.get(i).scheme(), problems);
            }
        }
    }
}
