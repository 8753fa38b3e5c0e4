package eu.ondernemerscheck.rates;

import eu.ondernemerscheck.application.clients.port.in.ClientFactsUseCase;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientCommand;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientUseCase;
import eu.ondernemerscheck.application.clients.port.in.SaveFactsCommand;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.firms.port.out.FirmRegistryPort;
import eu.ondernemerscheck.application.rateimpact.port.in.FirmRecomputeUseCase;
import eu.ondernemerscheck.application.rateimpact.port.in.RecomputeRehearsal;
import eu.ondernemerscheck.application.rateimpact.port.in.RecomputeResultsUseCase;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.AsAdministrator;
import eu.ondernemerscheck.support.IntegrationTest;
import eu.ondernemerscheck.support.SharedContextSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The recompute's rehearsal after a start reads, computes and writes as a recompute does, and leaves every row of the
 * firm as it was: what it wrote is rolled back, a step at a time, nothing is claimed, no notice is left. What it wrote
 * shows in what a rollback does not give back: the history's identity, and sequences a test trigger advances.
 */
@IntegrationTest
class RecomputeRehearsalTest {

    @Autowired
    ProvisionFirmUseCase firms;
    @Autowired
    FirmRegistryPort registry;
    @Autowired
    RegisterClientUseCase register;
    @Autowired
    ClientFactsUseCase facts;
    @Autowired
    FirmRecomputeUseCase perFirm;
    @Autowired
    RecomputeResultsUseCase recompute;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    private static final String ACCOUNTANT = "boekhouder@repetitie.example";

    private void asSystem() {
        SharedContextSecurity.signIn(context, UsernamePasswordAuthenticationToken.authenticated("systeem", null,
                List.of(new SimpleGrantedAuthority("ROLE_SYSTEM"))));
    }

    /** Every row of every table of the firm's schema, by row version and place, and its row in the recompute list. */
    private Map<String, String> rowsOf(Firm firm) {
        String schema = schemaOf(firm);
        Map<String, String> rows = new TreeMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables where table_schema"
                + " = ? and table_type = 'BASE TABLE'", String.class, schema)) {
            rows.put(table, jdbc.queryForObject("select count(*) || ':' || coalesce(string_agg(xmin::text || ctid::text,"
                    + " ',' order by ctid), '') from " + schema + "." + table, String.class));
        }
        rows.put("platform.rate_recompute", String.valueOf(jdbc.queryForList("select xmin::text || ctid::text from"
                + " platform.rate_recompute where firm_id = ?", String.class, firm.id().value())));
        return rows;
    }

    @Test
    void aRehearsalComputesEveryClientYearAndLeavesEveryRowAsItWas() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Firm firm = AsAdministrator.provision(firms, "Repetitie " + tag);
        TestAdmins.signIn(context, ACCOUNTANT, Role.ACCOUNTANT);
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            Client first = register.register(new RegisterClientCommand("Bakker " + tag, Country.NL, "eenmanszaak"));
            facts.save(new SaveFactsCommand(first.id(), 2025, Map.of("nl-kia",
                    Map.of("investment_total_eur", new BigDecimal("2901"))), 0));
            facts.save(new SaveFactsCommand(first.id(), 2026, Map.of("nl-kia",
                    Map.of("investment_total_eur", new BigDecimal("5000"))), 0));
            Client second = register.register(new RegisterClientCommand("Smid " + tag, Country.NL, "bv"));
            facts.save(new SaveFactsCommand(second.id(), 2025, Map.of("nl-kia",
                    Map.of("investment_total_eur", new BigDecimal("10000"))), 0));
        }
        Map<String, String> before = rowsOf(firm);
        assertThat(before.get("client_result")).startsWith("3:");
        long historyIdBefore = lastHistoryId(firm);

        asSystem();
        int computed;
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            computed = perFirm.rehearse(firm, 1_000);
        }

        assertThat(computed).as("client years computed").isEqualTo(3);
        assertThat(rowsOf(firm)).isEqualTo(before);
        assertThat(lastHistoryId(firm)).as("a history row written and rolled back for each of the three results")
                .isEqualTo(historyIdBefore + 3);
    }

    /** The last id the firm's result history handed out, kept or rolled back. */
    private long lastHistoryId(Firm firm) {
        String schema = schemaOf(firm);
        String sequence = jdbc.queryForObject("select pg_get_serial_sequence(?, 'id')", String.class,
                schema + ".client_result_history");
        Long last = jdbc.queryForObject("select last_value from " + sequence, Long.class);
        return last == null ? 0 : last;
    }

    @Test
    void aRehearsalWritesEachStepOfAHundredClientsInATransactionOfItsOwnAndRollsItBackEvenWhenItFails() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Firm firm = AsAdministrator.provision(firms, "Stappen " + tag);
        TestAdmins.signIn(context, ACCOUNTANT, Role.ACCOUNTANT);
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            for (int i = 0; i < 101; i++) {
                Client client = register.register(new RegisterClientCommand("Klant " + i, Country.NL, "bv"));
                facts.save(new SaveFactsCommand(client.id(), 2025, Map.of("nl-kia",
                        Map.of("investment_total_eur", new BigDecimal(3000 + i))), 0));
            }
        }
        String schema = schemaOf(firm);
        Map<String, String> before = rowsOf(firm);
        // sequences are not rolled back: they count the reviews written and the transactions that wrote them
        jdbc.execute("create sequence " + schema + ".rehearsed_reviews");
        jdbc.execute("create sequence " + schema + ".rehearsed_steps");
        jdbc.execute("create sequence " + schema + ".rehearsed_in");
        jdbc.execute("create sequence " + schema + ".rehearsal_fails");
        jdbc.execute("create function " + schema + ".count_rehearsed() returns trigger language plpgsql as $$ begin"
                + " perform nextval('" + schema + ".rehearsed_reviews');"
                + " if (select last_value from " + schema + ".rehearsed_in) <> txid_current() then"
                + " perform setval('" + schema + ".rehearsed_in', txid_current());"
                + " perform nextval('" + schema + ".rehearsed_steps'); end if;"
                + " if (select is_called from " + schema + ".rehearsal_fails) then"
                + " raise exception 'the review write fails'; end if;"
                + " return new; end $$");
        // every year has its overview, so the reviews' upsert updates one row per year (an insert trigger would fire too)
        jdbc.execute("create trigger count_rehearsed before update on " + schema + ".client_overview"
                + " for each row execute function " + schema + ".count_rehearsed()");
        try {
            asSystem();
            int computed;
            try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
                computed = perFirm.rehearse(firm, 1_000);
            }

            assertThat(computed).isEqualTo(101);
            assertThat(counted(schema + ".rehearsed_reviews")).as("a review written for each client year")
                    .isEqualTo(101);
            assertThat(counted(schema + ".rehearsed_steps")).as("a transaction for each step of a hundred clients")
                    .isEqualTo(2);
            assertThat(rowsOf(firm)).isEqualTo(before);

            // from now on the first step fails at its review write, after its results and history were written
            jdbc.queryForObject("select nextval('" + schema + ".rehearsal_fails')", Long.class);
            try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
                assertThatThrownBy(() -> perFirm.rehearse(firm, 1_000)).hasMessageContaining("the review write fails");
            }
            assertThat(rowsOf(firm)).as("a step that fails is rolled back as well").isEqualTo(before);
        } finally {
            jdbc.execute("drop trigger if exists count_rehearsed on " + schema + ".client_overview");
            jdbc.execute("drop function if exists " + schema + ".count_rehearsed()");
            jdbc.execute("drop sequence if exists " + schema + ".rehearsed_reviews, " + schema + ".rehearsed_steps, "
                    + schema + ".rehearsed_in, " + schema + ".rehearsal_fails");
        }
    }

    private String schemaOf(Firm firm) {
        return jdbc.queryForObject("select schema_name from platform.firm where id = ?", String.class,
                firm.id().value());
    }

    /** How often a sequence was advanced since it was made. */
    private long counted(String sequence) {
        Long count = jdbc.queryForObject("select case when is_called then last_value else 0 end from " + sequence,
                Long.class);
        return count == null ? 0 : count;
    }

    @Test
    void aRehearsalStopsAfterTheFirmInWhichItReachedItsCount() {
        Firm own = AsAdministrator.provision(firms, "Telling " + UUID.randomUUID().toString().substring(0, 6));
        TestAdmins.signIn(context, ACCOUNTANT, Role.ACCOUNTANT);
        try (TenantContext.Scope ignored = TenantContext.enter(own.id())) {
            Client client = register.register(new RegisterClientCommand("Kapper", Country.NL, "eenmanszaak"));
            facts.save(new SaveFactsCommand(client.id(), 2025, Map.of("nl-kia",
                    Map.of("investment_total_eur", new BigDecimal("2901"))), 0));
        }
        asSystem();
        List<Firm> all = registry.all();
        int withYears = 0;
        while (withYears < all.size() && yearsOf(all.get(withYears)) == 0) {
            withYears++;
        }
        assertThat(withYears).as("some firm in the test database has client years").isLessThan(all.size());

        RecomputeRehearsal one = recompute.rehearse(1);
        assertThat(one.firms()).as("up to and including the first firm with client years").isEqualTo(withYears + 1);
        // a firm of more than one step of clients stops after the step that reached the count
        assertThat(one.clientYears()).isBetween(1, yearsOf(all.get(withYears)));

        RecomputeRehearsal everything = recompute.rehearse(Integer.MAX_VALUE);
        assertThat(everything.firms()).isEqualTo(all.size());
        assertThat(everything.clientYears()).isGreaterThanOrEqualTo(one.clientYears());
    }

    @Test
    void anInterruptedRehearsalStopsBeforeTheNextFirm() {
        asSystem();
        Thread.currentThread().interrupt();
        try {
            assertThat(recompute.rehearse(Integer.MAX_VALUE)).isEqualTo(new RecomputeRehearsal(0, 0));
        } finally {
            Thread.interrupted();
        }
    }

    private int yearsOf(Firm firm) {
        String schema = schemaOf(firm);
        Integer years = jdbc.queryForObject("select count(*) from " + schema + ".client_year", Integer.class);
        return years == null ? 0 : years;
    }
}
