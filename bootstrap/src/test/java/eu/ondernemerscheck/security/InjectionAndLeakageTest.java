package eu.ondernemerscheck.security;

import eu.ondernemerscheck.adapter.web.security.SignedInForTest;
import eu.ondernemerscheck.application.accounts.port.in.SignInCommand;
import eu.ondernemerscheck.application.accounts.port.in.SignInResult;
import eu.ondernemerscheck.application.accounts.port.in.SignInUseCase;
import eu.ondernemerscheck.application.clients.port.in.ListClientsUseCase;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientCommand;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientUseCase;
import eu.ondernemerscheck.application.invitations.port.in.InviteClientCommand;
import eu.ondernemerscheck.application.invitations.port.in.InviteClientUseCase;
import eu.ondernemerscheck.application.mail.port.in.ListSentMailUseCase;
import eu.ondernemerscheck.application.rates.port.in.CalculateCommand;
import eu.ondernemerscheck.application.rates.port.in.CalculateUseCase;
import eu.ondernemerscheck.application.selfcheck.port.in.LeaveContactDetailsCommand;
import eu.ondernemerscheck.application.selfcheck.port.in.LeaveContactDetailsUseCase;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.rules.Outcome;
import eu.ondernemerscheck.domain.shared.MoneyFormat;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.AsAdministrator;
import eu.ondernemerscheck.support.IntegrationTest;
import eu.ondernemerscheck.support.SharedContextSecurity;
import eu.ondernemerscheck.support.TwoFirms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.ClassUtils;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** TC-29 (injection through what exists), TC-31 (mass assignment) and TC-42 (log injection, secrets in logs). */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class InjectionAndLeakageTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    SignInUseCase signIn;
    @Autowired
    RegisterClientUseCase register;
    @Autowired
    ListClientsUseCase list;
    @Autowired
    InviteClientUseCase invite;
    @Autowired
    ListSentMailUseCase sentMail;
    @Autowired
    CalculateUseCase calculations;
    @Autowired
    LeaveContactDetailsUseCase leads;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        TenantContext.clear();
    }

    private TwoFirms asAccountantOfA() {
        TwoFirms f = TwoFirms.of(context);
        SharedContextSecurity.signIn(context, SignedInForTest.fullySignedIn(f.accountantA, f.email("accountant-a"),
                Role.ACCOUNTANT, f.a.id()));
        return f;
    }

    @Test
    @DisplayName("TC-29 SQL in typed text is stored and read back as text and switches no schema")
    void sqlInTypedTextIsJustText() {
        TwoFirms f = asAccountantOfA();
        long inB = jdbc.queryForObject("select count(*) from " + f.b.id().schemaName() + ".client", Long.class);
        String name = "'; SET search_path TO " + f.b.id().schemaName() + "; -- ' OR 1=1 -- % _ " + f.markerA();

        try (TenantContext.Scope ignored = TenantContext.enter(f.a.id())) {
            Client saved = register.register(new RegisterClientCommand(name, Country.NL, "%_'\""));
            assertThat(list.listClients()).filteredOn(c -> c.id() == saved.id()).extracting(Client::name)
                    .containsExactly(name);
            assertThat(list.listClients()).allMatch(c -> c.name().contains(f.markerA()));
        }
        assertThat(jdbc.queryForObject("select current_schema()", String.class)).isEqualTo("no_tenant");
        assertThat(jdbc.queryForObject("select count(*) from " + f.b.id().schemaName() + ".client", Long.class))
                .isEqualTo(inB);
        assertThat(signIn.signIn(new SignInCommand("' OR 1=1 --", "' OR '1'='1", "192.0.2.29")).outcome())
                .isEqualTo(SignInResult.Outcome.REFUSED);
        assertThat(signIn.signIn(new SignInCommand(f.email("accountant-a") + "' --", "x' OR '1'='1",
                "192.0.2.29")).outcome()).isEqualTo(SignInResult.Outcome.REFUSED);
    }

    /**
     * Fields of the use cases' commands that name a firm, role, account or client. Each is here with the reason it
     * cannot be abused; a new one fails this test until someone decides.
     */
    private static final Map<String, String> TRUSTED_REFERENCES = Map.ofEntries(
            Map.entry("InviteAccountantCommand.firm", "only an administrator invites, and chooses the firm"),
            Map.entry("InviteClientCommand.existingClientId", "looked up in the accountant's own portfolio only (TC-01)"),
            Map.entry("InviteClientCommand.clientName", "the name of a new client, made in the accountant's own firm"),
            Map.entry("LeaveContactDetailsCommand.clientAddress", "the visitor's network address, for throttling only"),
            Map.entry("ConfirmEnrolmentCommand.accountId", "must equal the signed-in account (@PreAuthorize)"),
            Map.entry("ConfirmEnrolmentCommand.firm", "labels the audit entry only; the account id is checked"),
            Map.entry("VerifyCodeCommand.accountId", "must equal the signed-in account (@PreAuthorize)"),
            Map.entry("VerifyCodeCommand.firm", "labels the audit entry only; the account id is checked"),
            Map.entry("SaveFactsCommand.clientId", "looked up in the accountant's own firm schema only (TC-01)"),
            Map.entry("SaveProfileCommand.clientId", "looked up in the accountant's own firm schema only (TC-01)"),
            Map.entry("RemoveSchemeCommand.clientId", "looked up in the accountant's own firm schema only (TC-01)"),
            Map.entry("RollForwardCommand.clientId", "looked up in the accountant's own firm schema only (TC-01)"),
            Map.entry("ChangeRateCommand.status", "the confirmed/provisional status of a rate value, set by an admin"),
            Map.entry("LeaveContactDetailsCommand.firmPublicId", "the public id of the check link: anyone may send a lead"));

    @Test
    @DisplayName("TC-31 no command lets a caller choose their role, firm or account except where checked")
    void commandsCarryNoRoleFirmOrAccountBeyondTheCheckedOnes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Record.class));
        Pattern sensitive = Pattern.compile("(?i).*(role|firm|tenant|account|client|admin|status|owner).*");
        List<String> found = scanner.findCandidateComponents("eu.ondernemerscheck.application").stream()
                .map(d -> ClassUtils.resolveClassName(d.getBeanClassName(), getClass().getClassLoader()))
                .filter(c -> c.getPackageName().endsWith(".port.in") && c.getSimpleName().endsWith("Command"))
                .flatMap(c -> Arrays.stream(c.getRecordComponents()).map(RecordComponent::getName)
                        .filter(n -> sensitive.matcher(n).matches()).map(n -> c.getSimpleName() + "." + n))
                .toList();
        assertThat(found).as("commands found").isNotEmpty();
        assertThat(found).allMatch(TRUSTED_REFERENCES::containsKey,
                "is listed with a reason in TRUSTED_REFERENCES");
    }

    @Test
    @DisplayName("TC-42 no forged log line, no password, token or amount in the log")
    void logsHoldNoForgedLinesNoSecretsAndNoAmounts(CapturedOutput output) {
        TwoFirms f = TwoFirms.of(context);
        String password = "Geheim-TC42-" + UUID.randomUUID();
        String forged = "2026-01-01 INFO admin logged in";
        signIn.signIn(new SignInCommand("x\r\n" + forged, password, "192.0.2.42"));
        signIn.signIn(new SignInCommand(f.email("accountant-a"), password, "192.0.2.42"));

        asAccountantOfA();
        String invitee = "tc42-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        try (TenantContext.Scope ignored = TenantContext.enter(f.a.id())) {
            invite.inviteClient(new InviteClientCommand(invitee, null, "Log " + f.markerA(), Country.NL, "",
                    "http://localhost/"));
        }
        String body = AsAdministrator.run(() -> sentMail.sentMail()).stream().filter(m -> m.to().equals(invitee))
                .findFirst().orElseThrow().body();
        Matcher link = Pattern.compile("uitnodiging/([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        BigDecimal invested = new BigDecimal("31415.92");
        int year = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();
        leads.leaveContactDetails(new LeaveContactDetailsCommand(f.a.publicId(), "192.0.2.142", Country.NL, year,
                Map.of("nl-kia", Map.of("investment_total_eur", invested)), "Log " + f.markerA(),
                "log@example.nl", "", "", true, "Ik geef toestemming."));
        Outcome kia = calculations.calculate(new CalculateCommand("nl-kia", year,
                Map.of("investment_total_eur", invested)));
        BigDecimal deduction = (BigDecimal) kia.output("kia_eur");

        String log = output.getAll();
        assertThat(log.lines()).noneMatch(l -> l.startsWith(forged));
        assertThat(log).doesNotContain(password).doesNotContain(token)
                .doesNotContain("31415").doesNotContain("31.415")
                .doesNotContain(deduction.toPlainString()).doesNotContain(MoneyFormat.display(deduction));
        assertThat(Set.of(deduction.signum())).containsExactly(1);
    }
}
