package eu.ondernemerscheck.selfcheck;

import eu.ondernemerscheck.support.AsAdministrator;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.rates.port.in.CalculateCommand;
import eu.ondernemerscheck.application.rates.port.in.CalculateUseCase;
import eu.ondernemerscheck.application.selfcheck.port.in.LeaveContactDetailsCommand;
import eu.ondernemerscheck.application.selfcheck.port.in.LeaveContactDetailsUseCase;
import eu.ondernemerscheck.application.selfcheck.port.in.ListLeadsUseCase;
import eu.ondernemerscheck.application.selfcheck.port.in.QuickCheckQuestionnaireUseCase;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.leads.Lead;
import eu.ondernemerscheck.domain.leads.LeadRefusedException;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import eu.ondernemerscheck.domain.shared.MoneyFormat;
import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Leads of the quick check: stored in the firm of the link only, checked strictly, limited per address. */
@IntegrationTest
class LeadStorageTest {

    @Autowired
    ProvisionFirmUseCase firms;
    @Autowired
    LeaveContactDetailsUseCase leads;
    @Autowired
    ListLeadsUseCase list;
    @Autowired
    QuickCheckQuestionnaireUseCase questionnaire;
    @Autowired
    CalculateUseCase calculations;
    @Autowired
    JdbcTemplate jdbc;

    Firm alfa;
    Firm beta;
    int year;

    @BeforeEach
    void twoFirms() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        alfa = AsAdministrator.provision(firms, "Leadkantoor Alfa " + suffix);
        beta = AsAdministrator.provision(firms, "Leadkantoor Beta " + suffix);
        year = questionnaire.quickCheck(Country.NL).year();
    }

    LeaveContactDetailsCommand command(Firm firm, String address, Map<String, Map<String, Object>> answers) {
        return new LeaveContactDetailsCommand(firm.publicId(), address, Country.NL, year, answers, "Jan de Vries",
                "jan@example.nl", "06 12345678", "Graag advies over mijn investeringen.", true,
                "Ik geef toestemming.");
    }

    int leadsIn(Firm firm) {
        return jdbc.queryForObject("select count(*) from " + firm.id().schemaName() + ".lead", Integer.class);
    }

    @Test
    void aLeadIsStoredInTheFirmOfTheLinkOnlyWithTheAnswersAndTheFiguresRecomputedOnTheServer() {
        Map<String, Map<String, Object>> answers = Map.of("nl-kia",
                Map.of("investment_total_eur", new BigDecimal("50000")));

        Lead stored = leads.leaveContactDetails(command(alfa, "10.0.0.1", answers));

        assertThat(leadsIn(alfa)).isEqualTo(1);
        assertThat(leadsIn(beta)).isZero();
        BigDecimal kia = (BigDecimal) calculations.calculate(new CalculateCommand("nl-kia", year,
                Map.of("investment_total_eur", new BigDecimal("50000")))).output("kia_eur");
        assertThat(jdbc.queryForObject("select value from " + alfa.id().schemaName()
                + ".lead_figure where lead_id = ? and scheme = 'nl-kia'", String.class, stored.id()))
                .isEqualTo(MoneyFormat.display(kia));
        assertThat(jdbc.queryForObject("select value from " + alfa.id().schemaName()
                + ".lead_answer where lead_id = ? and input = 'investment_total_eur'", String.class, stored.id()))
                .isEqualTo("50000");
        assertThat(jdbc.queryForObject("select consent_text from " + alfa.id().schemaName() + ".lead where id = ?",
                String.class, stored.id())).isEqualTo("Ik geef toestemming.");
        assertThat(stored.figures()).extracting(f -> f.scheme()).contains("nl-kia", "nl-kor");
    }

    @Test
    void anUnknownFirmIsRefusedAndNothingIsStored() {
        LeaveContactDetailsCommand unknown = new LeaveContactDetailsCommand(UUID.randomUUID(), "10.0.0.2",
                Country.NL, year, Map.of(), "Jan", "jan@example.nl", "", "", true, "Ik geef toestemming.");

        assertThatThrownBy(() -> leads.leaveContactDetails(unknown)).isInstanceOf(LeadRefusedException.class);
        assertThat(leadsIn(alfa)).isZero();
        assertThat(leadsIn(beta)).isZero();
    }

    @Test
    void answersOutsideTheQuickCheckAreRefused() {
        assertThatThrownBy(() -> leads.leaveContactDetails(command(alfa, "10.0.0.3",
                Map.of("be-vat-exemption", Map.of("taxable_turnover_eur", BigDecimal.TEN)))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> leads.leaveContactDetails(command(alfa, "10.0.0.3",
                Map.of("nl-kia", Map.of("partner_profit_shares", List.of(BigDecimal.ONE))))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> leads.leaveContactDetails(command(alfa, "10.0.0.3",
                Map.of("nl-kia", Map.of("investment_total_eur", new BigDecimal("-5"))))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::field)
                        .containsExactly("answers.nl-kia.investment_total_eur"));
        assertThat(leadsIn(alfa)).isZero();
    }

    @Test
    void withoutConsentOrWithABadAddressTheCommandNamesEachField() {
        assertThatThrownBy(() -> new LeaveContactDetailsCommand(alfa.publicId(), "10.0.0.4", Country.NL, year,
                Map.of(), "", "geen-adres", "abc", "", false, "Ik geef toestemming."))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("name", "email", "phone", "consent"));
    }

    @Test
    void oneAddressMayLeaveOnlyAFewLeadsAnHour() {
        String address = "10.1." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        for (int i = 0; i < 5; i++) {
            leads.leaveContactDetails(command(alfa, address, Map.of()));
        }
        assertThatThrownBy(() -> leads.leaveContactDetails(command(alfa, address, Map.of())))
                .isInstanceOf(LeadRefusedException.class);
        leads.leaveContactDetails(command(alfa, address + "9", Map.of()));
        assertThat(leadsIn(alfa)).isEqualTo(6);
    }

    @Test
    @WithMockUser(roles = "ACCOUNTANT")
    void anAccountantListsTheLeadsOfTheirOwnFirmOnly() {
        leads.leaveContactDetails(command(alfa, "10.0.0.5", Map.of()));
        leads.leaveContactDetails(new LeaveContactDetailsCommand(beta.publicId(), "10.0.0.5", Country.NL, year,
                Map.of(), "Alleen voor Beta", "beta@example.be", "", "", true, "Ik geef toestemming."));

        List<Lead> seenByAlfa;
        try (TenantContext.Scope ignored = TenantContext.enter(alfa.id())) {
            seenByAlfa = list.listLeads();
        }
        assertThat(seenByAlfa).extracting(Lead::name).containsExactly("Jan de Vries");
    }

    @Test
    @WithMockUser(roles = "CLIENT")
    void aClientCannotListLeads() {
        try (TenantContext.Scope ignored = TenantContext.enter(alfa.id())) {
            assertThatThrownBy(() -> list.listLeads())
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        }
    }
}
