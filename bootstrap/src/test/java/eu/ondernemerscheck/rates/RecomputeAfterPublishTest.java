package eu.ondernemerscheck.rates;

import eu.ondernemerscheck.application.clients.port.in.ClientFactsUseCase;
import eu.ondernemerscheck.application.clients.port.in.FirmSignalsRefreshUseCase;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientCommand;
import eu.ondernemerscheck.application.clients.port.in.RegisterClientUseCase;
import eu.ondernemerscheck.application.clients.port.in.SaveFactsCommand;
import eu.ondernemerscheck.application.clients.port.out.ClientFactsPort;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.notices.port.in.RecomputeNoticesUseCase;
import eu.ondernemerscheck.application.rateimpact.port.in.RecomputeProgress;
import eu.ondernemerscheck.application.rateimpact.port.in.RecomputeResultsUseCase;
import eu.ondernemerscheck.application.rates.port.in.ChangeRateCommand;
import eu.ondernemerscheck.application.rates.port.in.ChangeRatesUseCase;
import eu.ondernemerscheck.application.rates.port.in.RateSeries;
import eu.ondernemerscheck.application.rates.port.in.ViewRatesUseCase;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.portfolio.RecomputeNotice;
import eu.ondernemerscheck.domain.portfolio.StoredResult;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.rules.RateKey;
import eu.ondernemerscheck.domain.rules.RateRecord;
import eu.ondernemerscheck.domain.rules.RateValue;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.FirmsCalendar;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * After a publication every firm's stored results are recomputed firm by firm by the background job, with no screen
 * open. A firm whose recompute breaks off
 * halfway (the database refuses the second client's result) keeps all its old results and is set aside, while the
 * other firms are done; a retry completes it.
 */
@IntegrationTest
class RecomputeAfterPublishTest {

    private static final RateKey KIA_RATE = RateKey.of("nl.kia.rate");
    private static final String ACCOUNTANT = "boekhouder@herbereken.example";
    private static final String COLLEAGUE = "collega@herbereken.example";

    @Autowired
    ProvisionFirmUseCase firms;
    @Autowired
    RegisterClientUseCase register;
    @Autowired
    ClientFactsUseCase facts;
    @Autowired
    ChangeRatesUseCase changes;
    @Autowired
    ViewRatesUseCase view;
    @Autowired
    RecomputeResultsUseCase recompute;
    @Autowired
    RecomputeNoticesUseCase notices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ClientFactsPort factsPort;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DataSource dataSource;
    @Autowired
    FirmSignalsRefreshUseCase refresh;

    private List<Client> firmWithTwoKiaClients(Firm firm) {
        return firmWithTwoKiaClients(firm, "Eerste", "Tweede");
    }

    private List<Client> firmWithTwoKiaClients(Firm firm, String firstName, String secondName) {
        TestAdmins.signIn(context, ACCOUNTANT, Role.ACCOUNTANT);
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            Client first = register.register(new RegisterClientCommand(firstName, Country.NL, "eenmanszaak"));
            facts.save(new SaveFactsCommand(first.id(), 2025, Map.of("nl-kia",
                    Map.of("investment_total_eur", new BigDecimal("2901"))), 0));
            Client second = register.register(new RegisterClientCommand(secondName, Country.NL, "bv"));
            facts.save(new SaveFactsCommand(second.id(), 2025, Map.of("nl-kia",
                    Map.of("investment_total_eur", new BigDecimal("10000"))), 0));
            return List.of(first, second);
        }
    }

    private StoredResult kia(Firm firm, Client client) {
        TestAdmins.signIn(context, ACCOUNTANT, Role.ACCOUNTANT);
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            return facts.results(client.id(), 2025).stream().filter(r -> r.scheme().equals("nl-kia")).findFirst()
                    .orElseThrow();
        }
    }

    private long publishKiaRate2025(String rate, String reason) {
        TestAdmins.signIn(context, "anna@beheer.example", Role.ADMIN);
        RateSeries series = view.series("nl-kia").stream().filter(s -> s.key().equals(KIA_RATE)).findFirst()
                .orElseThrow();
        RateRecord current = series.records().stream().filter(r -> r.state() == RateRecord.State.IN_FORCE
                && r.value().appliesOn(LocalDate.of(2025, 6, 1))).findFirst().orElseThrow();
        RateValue v = current.value();
        long draft = changes.proposeChange(new ChangeRateCommand(KIA_RATE, current.id(), series.stamp().version(),
                v.effectiveFrom(), v.effectiveUntil(), new BigDecimal(rate), v.status(), v.source().title(),
                v.source().url(), LocalDate.now(), "", reason));
        changes.publish(draft);
        return draft;
    }

    /** After a test that published: the rate back at 28 %, and every firm recomputed on it. */
    private void backToThePublishedRate() {
        publishKiaRate2025("0.28", "terug naar het gepubliceerde tarief na de test");
        runUntilNothingWaits();
    }

    /** Runs the PL/pgSQL statements before every write of a year's review in the schema, until dropped again. */
    private void onEveryReview(String schema, String name, String statements) {
        jdbc.execute("create function " + schema + "." + name + "() returns trigger language plpgsql as $$ begin "
                + statements + " return new; end $$");
        jdbc.execute("create trigger " + name + " before insert or update on " + schema + ".client_overview"
                + " for each row execute function " + schema + "." + name + "()");
    }

    private void noLongerOnReviews(String schema, String name) {
        jdbc.execute("drop trigger if exists " + name + " on " + schema + ".client_overview");
        jdbc.execute("drop function if exists " + schema + "." + name + "()");
    }

    private String schemaOf(Firm firm) {
        return jdbc.queryForObject("select schema_name from platform.firm where id = ?", String.class,
                firm.id().value());
    }

    /** The background job does the work; the test only watches the progress, as the rates screen does. */
    private RecomputeProgress runUntilNothingWaits() {
        TestAdmins.signIn(context, "anna@beheer.example", Role.ADMIN);
        return await().atMost(Duration.ofMinutes(2)).pollInSameThread().until(() -> recompute.progress(), p -> p.waiting() == 0);
    }

    private List<RecomputeNotice> noticesOf(Firm firm, String accountant) {
        TestAdmins.signIn(context, accountant, Role.ACCOUNTANT);
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            return notices.notices(50);
        }
    }

    private int unreadOf(Firm firm, String accountant) {
        TestAdmins.signIn(context, accountant, Role.ACCOUNTANT);
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            return notices.unread();
        }
    }

    /** What a save does to a year's row first, from a connection of its own that waits at most a moment for a lock. */
    private void touchYearElsewhere(String schema, long clientId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement wait = c.createStatement()) {
                wait.execute("set local lock_timeout = '300ms'");
            }
            try (PreparedStatement s = c.prepareStatement("update " + schema
                    + ".client_year set version = version where client_id = ? and year = 2025")) {
                s.setLong(1, clientId);
                s.executeUpdate();
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void theYearsARecomputeReadStayLockedAgainstASaveUntilItsTransactionEnds() throws SQLException {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Firm firm = AsAdministrator.provision(firms, "Slot " + tag);
        Client client = firmWithTwoKiaClients(firm, "Timmerman " + tag, "Loodgieter " + tag).get(0);
        String schema = schemaOf(firm);

        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                assertThat(factsPort.loadAll(List.of(client.id()))).hasSize(1);
                // a save meanwhile waits for the recompute, so its results cannot be overwritten by older ones
                assertThatThrownBy(() -> touchYearElsewhere(schema, client.id()))
                        .isInstanceOf(SQLException.class).hasMessageContaining("lock");
            });
        }
        touchYearElsewhere(schema, client.id());
    }

    /** Sessions waiting to publish while a save holds the lock publications wait for (PublicationLock's key). */
    private long publicationsWaitingForASave() {
        Long waits = jdbc.queryForObject("select count(*) from pg_locks where locktype = 'advisory' and not granted"
                + " and classid::bigint = ? and objid::bigint = 1 and objsubid = 2", Long.class, 0x4F4E4443L);
        return waits == null ? 0 : waits;
    }

    private static long publishedOrFailed(Future<Long> publication) {
        try {
            return publication.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the publication did not go through", e);
        }
    }

    @Test
    void aSaveUnderWayWhenARateIsPublishedEndsUpOnTheNewRate() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String reason = "publiceren tijdens een opslag " + tag;
        Firm firm = AsAdministrator.provision(firms, "Onderweg " + tag);
        TestAdmins.signIn(context, ACCOUNTANT, Role.ACCOUNTANT);
        Client client;
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            client = register.register(new RegisterClientCommand("Glazenmaker " + tag, Country.NL, "bv"));
        }
        ExecutorService admin = Executors.newSingleThreadExecutor();
        AtomicReference<Future<Long>> publication = new AtomicReference<>();
        try {
            // the save of a year the client did not have yet, still open when the administrator publishes: the
            // recompute cannot see that year until the save commits, so the save must not keep the old rate
            TestAdmins.signIn(context, ACCOUNTANT, Role.ACCOUNTANT);
            try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
                new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    facts.save(new SaveFactsCommand(client.id(), 2025, Map.of("nl-kia",
                            Map.of("investment_total_eur", new BigDecimal("10000"))), 0));
                    publication.set(admin.submit(() -> publishKiaRate2025("0.30", reason)));
                    await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                            .until(() -> publication.get().isDone() || publicationsWaitingForASave() > 0);
                    if (publication.get().isDone()) {
                        publishedOrFailed(publication.get());
                        // without the guard the publication is live, and its recompute passes this firm before the
                        // save commits
                        await().atMost(Duration.ofMinutes(2)).pollInSameThread().until(() -> jdbc.queryForObject(
                                "select done >= publication from platform.rate_recompute where firm_id = ?",
                                Boolean.class, firm.id().value()));
                    }
                });
            }
            long draft = publishedOrFailed(publication.get());
            runUntilNothingWaits();

            StoredResult stored = kia(firm, client);
            assertThat(stored.rateVersion()).contains("v" + draft);
            assertThat(stored.figure()).isEqualByComparingTo("3000.00");
        } finally {
            Future<Long> published = publication.get();
            if (published != null) {
                try {
                    published.get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    // said by the test itself; here only the rates are put back
                }
            }
            admin.shutdownNow();
            TestAdmins.signIn(context, "anna@beheer.example", Role.ADMIN);
            jdbc.queryForList("select id from platform.rate_version where note = ? and published_at is null"
                    + " and discarded_at is null", Long.class, reason).forEach(changes::discard);
            if (published != null && published.state() == Future.State.SUCCESS) {
                backToThePublishedRate();
            }
        }
    }

    @Test
    void aSignalRefreshThatAPublicationOvertookIsRolledBackForItsRecompute() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Firm firm = AsAdministrator.provision(firms, "Nacht " + tag);
        firmWithTwoKiaClients(firm, "Smid " + tag, "Kapper " + tag);
        String schema = schemaOf(firm);
        String label = "tijdens de nacht " + tag;
        // a publication that lands while the refresh writes its first review, seen as the refresh would see one
        // committed by someone else: after the refresh read the rates
        onEveryReview(schema, "publish_meanwhile", "if not exists (select 1 from platform.rate_version where label"
                + " = '" + label + "') then insert into platform.rate_version (label, note, created_by, published_at,"
                + " published_by, publication) values ('" + label + "', 'test', 'test', now(), 'test',"
                + " nextval('platform.rate_publication_seq')); end if;");
        try {
            SharedContextSecurity.signIn(context, UsernamePasswordAuthenticationToken.authenticated("systeem", null,
                    List.of(new SimpleGrantedAuthority("ROLE_SYSTEM"))));
            try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
                assertThatThrownBy(() -> refresh.refreshSignals(firm, FirmsCalendar.today(Instant.now())))
                        .hasMessageContaining("rates were published during the signal refresh");
            }
            assertThat(jdbc.queryForObject("select count(*) from platform.rate_version where label = ?",
                    Integer.class, label)).as("the refresh's transaction, with all it wrote, is rolled back").isZero();
        } finally {
            noLongerOnReviews(schema, "publish_meanwhile");
        }
    }

    @Test
    void theYearsASignalRefreshReadStayLockedAgainstASaveUntilItCommits() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Firm firm = AsAdministrator.provision(firms, "Nachtslot " + tag);
        Client client = firmWithTwoKiaClients(firm, "Bakker " + tag, "Slager " + tag).get(0);
        String schema = schemaOf(firm);
        // the refresh pauses while it writes its reviews, after it has read the years
        onEveryReview(schema, "pause_review", "perform pg_sleep(1);");
        ExecutorService night = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> refreshed = night.submit(() -> {
                SharedContextSecurity.signIn(context, UsernamePasswordAuthenticationToken.authenticated("systeem",
                        null, List.of(new SimpleGrantedAuthority("ROLE_SYSTEM"))));
                return TenantContext.callFor(firm.id(), () -> refresh.refreshSignals(firm,
                        FirmsCalendar.today(Instant.now())));
            });
            await().atMost(Duration.ofSeconds(30)).until(() -> refreshed.isDone() || jdbc.queryForObject(
                    "select count(*) from pg_stat_activity where wait_event = 'PgSleep'", Integer.class) > 0);
            // a save of a year the refresh has read waits for it, so the refresh cannot overwrite the save's review
            assertThatThrownBy(() -> touchYearElsewhere(schema, client.id()))
                    .isInstanceOf(SQLException.class).hasMessageContaining("lock");
            assertThat(refreshed.get(30, TimeUnit.SECONDS)).isEqualTo(2);
            touchYearElsewhere(schema, client.id());
        } finally {
            night.shutdownNow();
            noLongerOnReviews(schema, "pause_review");
        }
    }

    @Test
    void aPublicationIsRecomputedInTheBackgroundAndOnlyThatFirmsAccountantsHearWhatChanged() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Firm firmA = AsAdministrator.provision(firms, "Melding A " + tag);
        Firm firmB = AsAdministrator.provision(firms, "Melding B " + tag);
        List<Client> clientsA = firmWithTwoKiaClients(firmA, "Slager " + tag, "Drukker " + tag);
        firmWithTwoKiaClients(firmB, "Bakker " + tag, "Schilder " + tag);

        long draft = publishKiaRate2025("0.30", "achtergrondherberekening testen");
        try {
            // nobody polls: the background job alone brings the stored figure to the new rate
            TestAdmins.signIn(context, ACCOUNTANT, Role.ACCOUNTANT);
            await().atMost(Duration.ofMinutes(2)).pollInSameThread()
                    .until(() -> kia(firmA, clientsA.get(1)).rateVersion().contains("v" + draft));
            assertThat(kia(firmA, clientsA.get(0)).figure()).isEqualByComparingTo("870.30");
            assertThat(kia(firmA, clientsA.get(1)).figure()).isEqualByComparingTo("3000.00");
            // the portfolio's overview of each year follows, and the history keeps the old and the new result
            String schemaA = schemaOf(firmA);
            assertThat(jdbc.queryForObject("select kia_eur from " + schemaA + ".client_overview where client_id = ?"
                    + " and year = 2025", BigDecimal.class, clientsA.get(1).id())).isEqualByComparingTo("3000.00");
            assertThat(jdbc.queryForList("select figure from " + schemaA + ".client_result_history where"
                    + " client_id = ? and year = 2025 and scheme = 'nl-kia' order by id", BigDecimal.class,
                    clientsA.get(0).id())).extracting(BigDecimal::toPlainString).endsWith("812.28", "870.30");

            RecomputeNotice notice = noticesOf(firmA, ACCOUNTANT).stream()
                    .filter(n -> n.largestText().contains(tag)).findFirst().orElseThrow();
            assertThat(notice.rateChanges()).contains("nl.kia.rate");
            assertThat(notice.clients()).isEqualTo(2);
            assertThat(notice.results()).isEqualTo(2);
            // 30% instead of 28% of 10,000
            assertThat(notice.largestChange()).isEqualByComparingTo("200.00");
            assertThat(notice.largestText()).contains("Drukker " + tag, "2025", "nl-kia");
            assertThat(notice.read()).isFalse();

            // the firms are recomputed one after the other: firm B's notice may come a moment after firm A's
            await().atMost(Duration.ofMinutes(2)).pollInSameThread().until(() -> noticesOf(firmB, ACCOUNTANT)
                    .stream().anyMatch(n -> n.largestText().contains("Schilder " + tag)));
            assertThat(noticesOf(firmB, ACCOUNTANT)).as("firm B never sees firm A's notice")
                    .noneMatch(n -> n.largestText().contains("Slager " + tag) || n.largestText()
                            .contains("Drukker " + tag));

            int unread = unreadOf(firmA, ACCOUNTANT);
            assertThat(unread).isPositive();
            TestAdmins.signIn(context, ACCOUNTANT, Role.ACCOUNTANT);
            try (TenantContext.Scope ignored = TenantContext.enter(firmA.id())) {
                notices.markAllRead();
            }
            assertThat(unreadOf(firmA, ACCOUNTANT)).isZero();
            assertThat(noticesOf(firmA, ACCOUNTANT)).allMatch(RecomputeNotice::read);
            assertThat(unreadOf(firmA, COLLEAGUE)).as("read marks are per accountant").isEqualTo(unread);
        } finally {
            backToThePublishedRate();
        }
    }

    @Test
    void aBrokenFirmStaysWhollyOldWhileTheOthersAreDoneAndARetryCompletesIt() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Firm broken = AsAdministrator.provision(firms, "Breekt " + tag);
        Firm healthy = AsAdministrator.provision(firms, "Gezond " + tag);
        List<Client> brokenClients = firmWithTwoKiaClients(broken);
        List<Client> healthyClients = firmWithTwoKiaClients(healthy);
        String schema = schemaOf(broken);
        // the fault: the database refuses the second client's new result, after the first one's was written
        jdbc.execute("create function " + schema + ".refuse_second() returns trigger language plpgsql as $$"
                + " begin raise exception 'storage fault for the test'; end $$");
        jdbc.execute("create trigger refuse_second before insert on " + schema + ".client_result for each row"
                + " when (new.client_id = " + brokenClients.get(1).id() + ") execute function " + schema
                + ".refuse_second()");

        long draft = publishKiaRate2025("0.30", "herberekening testen");
        try {
            RecomputeProgress progress = runUntilNothingWaits();
            assertThat(progress.waiting()).isZero();
            assertThat(progress.failed()).isGreaterThanOrEqualTo(1);

            // 28% of 2,901 = 812.28 and of 10,000 = 2,800.00; with 30%: 870.30 and 3,000.00
            assertThat(kia(healthy, healthyClients.get(0)).figure()).isEqualByComparingTo("870.30");
            assertThat(kia(healthy, healthyClients.get(1)).figure()).isEqualByComparingTo("3000.00");
            assertThat(kia(healthy, healthyClients.get(0)).rateVersion()).contains("v" + draft);
            assertThat(kia(broken, brokenClients.get(0)).figure()).isEqualByComparingTo("812.28");
            assertThat(kia(broken, brokenClients.get(1)).figure()).isEqualByComparingTo("2800.00");
            assertThat(kia(broken, brokenClients.get(0)).rateVersion()).doesNotContain("v" + draft);
            assertThat(jdbc.queryForObject("select problem from platform.rate_recompute where firm_id = ?",
                    String.class, broken.id().value())).contains("storage fault for the test");

            jdbc.execute("drop trigger refuse_second on " + schema + ".client_result");
            TestAdmins.signIn(context, "anna@beheer.example", Role.ADMIN);
            recompute.retryFailed();
            progress = runUntilNothingWaits();
            assertThat(progress.finished()).isTrue();
            assertThat(progress.failed()).isZero();
            assertThat(kia(broken, brokenClients.get(0)).figure()).isEqualByComparingTo("870.30");
            assertThat(kia(broken, brokenClients.get(1)).figure()).isEqualByComparingTo("3000.00");
            assertThat(kia(broken, brokenClients.get(1)).rateVersion()).contains("v" + draft);
        } finally {
            jdbc.execute("drop trigger if exists refuse_second on " + schema + ".client_result");
            backToThePublishedRate();
        }
        assertThat(kia(healthy, healthyClients.get(0)).figure()).isEqualByComparingTo("812.28");
    }
}
