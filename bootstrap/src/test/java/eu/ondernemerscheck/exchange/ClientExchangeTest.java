package eu.ondernemerscheck.exchange;

import eu.ondernemerscheck.adapter.web.security.SignedInForTest;
import eu.ondernemerscheck.application.accounts.port.out.SaveAccountPort;
import eu.ondernemerscheck.application.clients.port.in.ClientFactsUseCase;
import eu.ondernemerscheck.application.clients.port.in.ListClientsUseCase;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientCommand;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientUseCase;
import eu.ondernemerscheck.application.clients.port.in.SaveFactsCommand;
import eu.ondernemerscheck.application.exchange.port.in.ExportPortfolioUseCase;
import eu.ondernemerscheck.application.exchange.port.in.ImportClientsCommand;
import eu.ondernemerscheck.application.exchange.port.in.ImportClientsUseCase;
import eu.ondernemerscheck.application.exchange.port.in.ImportOutcome;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.report.port.in.ReportFile;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.exchange.ImportMode;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.portfolio.PortfolioQuery;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.AsAdministrator;
import eu.ondernemerscheck.support.IntegrationTest;
import eu.ondernemerscheck.support.SharedContextSecurity;
import eu.ondernemerscheck.support.TwoFirms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Clients in and out of a firm on the real database: the export of one firm imports cleanly into another. */
@IntegrationTest
class ClientExchangeTest {

    @Autowired
    ProvisionFirmUseCase firms;
    @Autowired
    SaveAccountPort accounts;
    @Autowired
    RegisterClientUseCase register;
    @Autowired
    ListClientsUseCase list;
    @Autowired
    ClientFactsUseCase facts;
    @Autowired
    ImportClientsUseCase imports;
    @Autowired
    ExportPortfolioUseCase export;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    Firm firmWithAccountant(String name) {
        SharedContextSecurity.useSharedStrategy(context);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Firm firm = AsAdministrator.provision(firms, name + " " + suffix);
        String email = "uitwisseling-" + suffix + "@example.nl";
        SignedInForTest.signIn(accounts.create(email, "Accountant", "{noop}x", Role.ACCOUNTANT, firm.id()), email,
                Role.ACCOUNTANT, firm.id());
        return firm;
    }

    @Test
    void anExportedPortfolioImportsIntoAnotherFirmAsTheSameClients() {
        Firm alfa = firmWithAccountant("Exportkantoor");
        ReportFile file;
        try (TenantContext.Scope ignored = TenantContext.enter(alfa.id())) {
            Client bakery = register.register(new RegisterClientCommand("Bakkerij Één", Country.NL, "vof"));
            register.register(new RegisterClientCommand("=SUM(A1)", Country.BE, "@bv"));
            register.register(new RegisterClientCommand("Smit; \"Zonen\"", Country.NL, ""));
            facts.save(new SaveFactsCommand(bakery.id(), 2025, Map.of("nl-kia",
                    Map.of("investment_total_eur", new BigDecimal("2901"))), 0));
            file = export.exportPortfolio(PortfolioQuery.all(2025));
        }
        assertThat(file.fileName()).startsWith("portefeuille-exportkantoor-").endsWith(".csv");
        String text = new String(file.content(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFnaam;land;rechtsvorm;").contains("'=SUM(A1);BE;'@bv;")
                .contains("Bakkerij Één;NL;vof;").contains(";2025;812,28;");

        Firm beta = firmWithAccountant("Importkantoor");
        try (TenantContext.Scope ignored = TenantContext.enter(beta.id())) {
            assertThat(imports.preview(file.content()).invalidCount()).isZero();
            List<int[]> progress = new ArrayList<>();
            ImportOutcome outcome = imports.importClients(new ImportClientsCommand(file.content(),
                    ImportMode.ALL_OR_NOTHING), (done, total) -> progress.add(new int[] {done, total})).join();
            assertThat(outcome.refused()).isFalse();
            assertThat(outcome.imported()).isEqualTo(3);
            assertThat(progress).isNotEmpty();
            assertThat(list.listClients()).extracting(Client::name)
                    .containsExactlyInAnyOrder("Bakkerij Één", "=SUM(A1)", "Smit; \"Zonen\"");
            assertThat(imports.preview(file.content()).invalidCount()).as("now all duplicates").isEqualTo(3);
        }
        assertThat(jdbc.queryForObject("select count(*) from " + beta.id().schemaName()
                + ".client where imported_in is not null", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where action = 'clients.imported'"
                + " and firm_id = ?", Integer.class, beta.id().value())).isEqualTo(1);
    }

    @Test
    void theExportHoldsOnlyTheClientsTheGridShowsInItsOrderAndImportsIntoAnotherFirm() {
        TwoFirms f = TwoFirms.of(context);
        SharedContextSecurity.useSharedStrategy(context);
        SignedInForTest.signIn(f.accountantA, f.email("accountant-a"), Role.ACCOUNTANT, f.a.id());
        int year = LocalDate.now().getYear();
        ReportFile onlyVof;
        ReportFile byNameDescending;
        try (TenantContext.Scope ignored = TenantContext.enter(f.a.id())) {
            onlyVof = export.exportPortfolio(new PortfolioQuery(year, f.markerA(), Country.NL, "vof", null,
                    PortfolioQuery.Sort.NAME, false));
            byNameDescending = export.exportPortfolio(new PortfolioQuery(year, f.markerA(), null, "", null,
                    PortfolioQuery.Sort.NAME, true));
        }
        String vof = new String(onlyVof.content(), StandardCharsets.UTF_8);
        assertThat(vof.lines().skip(1).toList()).as("the header and one client")
                .singleElement().asString().startsWith("Klant 2 " + f.markerA() + ";NL;vof;");
        assertThat(vof).doesNotContain("Klant 1 ").doesNotContain(f.markerB());
        assertThat(onlyVof.fileName()).contains("-" + year + "-");
        List<String> names = new String(byNameDescending.content(), StandardCharsets.UTF_8).lines().skip(1)
                .map(line -> line.substring(0, line.indexOf(';'))).toList();
        assertThat(names).containsSubsequence("Klant 2 " + f.markerA(), "Klant 1 " + f.markerA())
                .allMatch(n -> n.contains(f.markerA()));
        assertThat(jdbc.queryForObject("select after->>'filtered' from platform.audit_event"
                + " where action = 'portfolio.exported' and firm_id = ? order by id desc limit 1",
                String.class, f.a.id().value()))
                .isEqualTo("true");

        Firm other = firmWithAccountant("Ontvangend kantoor");
        try (TenantContext.Scope ignored = TenantContext.enter(other.id())) {
            assertThat(imports.preview(onlyVof.content()).invalidCount()).isZero();
            ImportOutcome outcome = imports.importClients(new ImportClientsCommand(onlyVof.content(),
                    ImportMode.ALL_OR_NOTHING), (done, total) -> { }).join();
            assertThat(outcome.refused()).isFalse();
            assertThat(list.listClients()).extracting(Client::name, Client::country, Client::legalForm)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Klant 2 " + f.markerA(), Country.NL,
                            "vof"));
        }
    }

    @Test
    void aMixedFileImportsItsValidLinesOrNothingAsChosen() {
        Firm firm = firmWithAccountant("Mengkantoor");
        byte[] mixed = "naam;land\nGoed BV;NL\nFout;DE\n=1+1;NL\nOok goed;BE\n".getBytes(StandardCharsets.UTF_8);
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            ImportOutcome nothing = imports.importClients(new ImportClientsCommand(mixed, ImportMode.ALL_OR_NOTHING),
                    (d, t) -> { }).join();
            assertThat(nothing.refused()).isTrue();
            assertThat(nothing.refusal()).contains("niets ingelezen").contains("2 regels");
            assertThat(list.listClients()).isEmpty();

            ImportOutcome valid = imports.importClients(new ImportClientsCommand(mixed, ImportMode.VALID_LINES),
                    (d, t) -> { }).join();
            assertThat(valid.imported()).isEqualTo(2);
            assertThat(valid.skipped()).isEqualTo(2);
            assertThat(list.listClients()).extracting(Client::name).containsExactlyInAnyOrder("Goed BV", "Ook goed");
        }
    }
}
