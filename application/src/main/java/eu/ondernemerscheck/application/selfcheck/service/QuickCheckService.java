package eu.ondernemerscheck.application.selfcheck.service;

import eu.ondernemerscheck.application.rates.port.in.ListSchemesUseCase;
import eu.ondernemerscheck.application.rates.port.in.SchemeOverview;
import eu.ondernemerscheck.application.selfcheck.port.in.FindCheckFirmUseCase;
import eu.ondernemerscheck.application.selfcheck.port.in.FirmFace;
import eu.ondernemerscheck.application.selfcheck.port.in.QuickCheck;
import eu.ondernemerscheck.application.selfcheck.port.in.QuickCheckQuestionnaireUseCase;
import eu.ondernemerscheck.application.selfcheck.port.in.QuickCheckScheme;
import eu.ondernemerscheck.application.selfcheck.port.out.LoadCheckFirmPort;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.rules.InputField;
import eu.ondernemerscheck.domain.rules.SchemeDefinition;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.FirmsCalendar;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The quick check's questionnaire, generated from the scheme catalogue, and the firm behind a check link.
 * <p>
 * The quick check asks only the inputs listed in {@link #QUESTIONS}, so a visitor answers a dozen questions rather than
 * every input of every scheme. Left out on purpose: the comparisons (nl-kor-comparison, be-vat-exemption-comparison:
 * they need VAT rates, consumer shares and revision assets, an accountant's conversation rather than a quick answer)
 * and the mostly technical schemes (desinvesteringsbijtelling, crossing the KOR threshold with one supply, the VAT
 * revision schedule, registration deadlines, EU-KOR, the e604B switch date). Labels, help texts, options, defaults and
 * whether an input is required all come from the catalogue; a scheme added there shows up here once it is listed.
 */
@Service
class QuickCheckService implements QuickCheckQuestionnaireUseCase, FindCheckFirmUseCase {

    /** Per scheme, the inputs the quick check asks, by their API names. The single place this selection is made. */
    static final Map<String, List<String>> QUESTIONS = questions();

    private final ListSchemesUseCase schemes;
    private final LoadCheckFirmPort firms;
    private final Clock clock;

    QuickCheckService(ListSchemesUseCase schemes, LoadCheckFirmPort firms, Clock clock) {
        this.schemes = schemes;
        this.firms = firms;
        this.clock = clock;
    }

    private static Map<String, List<String>> questions() {
        Map<String, List<String>> q = new LinkedHashMap<>();
        q.put("nl-kia", List.of("investment_total_eur", "vat_deductible"));
        q.put("nl-kor", List.of("taxable_turnover_eur", "previous_year_turnover_eur"));
        q.put("be-vat-exemption", List.of("taxable_turnover_eur", "activity", "start_date"));
        q.put("be-company-car-benefit", List.of("fuel", "co2_g_km", "catalogue_value_eur", "first_registration"));
        q.put("be-car-deductibility", List.of("fuel", "co2_g_km", "order_date"));
        q.put("be-mileage-commute", List.of("one_way_km", "days", "vehicle"));
        q.put("be-mileage-business", List.of("business_km", "date"));
        return java.util.Collections.unmodifiableMap(q);
    }

    @Override
    @PreAuthorize("permitAll()")
    public QuickCheck quickCheck(Country country) {
        // "this year" as a Dutch or Belgian entrepreneur sees it
        int year = FirmsCalendar.today(clock.instant()).getYear();
        List<QuickCheckScheme> out = new ArrayList<>();
        for (SchemeOverview overview : schemes.listSchemes()) {
            SchemeDefinition definition = overview.definition();
            List<String> names = QUESTIONS.get(definition.id());
            if (definition.country() != country || names == null) {
                continue;
            }
            List<InputField> asked = definition.inputs().stream().filter(f -> names.contains(f.name())).toList();
            out.add(new QuickCheckScheme(definition, asked, overview.years().get(year)));
        }
        return new QuickCheck(country, year, out);
    }

    @Override
    @PreAuthorize("permitAll()")
    public Optional<FirmFace> findByPublicId(UUID publicId) {
        return firms.findByPublicId(publicId).map(QuickCheckService::face);
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    public FirmFace ownFirm() {
        return firms.findById(TenantContext.require()).map(QuickCheckService::face)
                .orElseThrow(() -> new IllegalStateException("the signed-in accountant's firm is not registered"));
    }

    private static FirmFace face(Firm firm) {
        return new FirmFace(firm.publicId(), firm.name());
    }
}
