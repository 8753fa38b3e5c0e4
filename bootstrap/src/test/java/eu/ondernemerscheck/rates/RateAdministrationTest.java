package eu.ondernemerscheck.rates;

import eu.ondernemerscheck.application.rates.port.in.ChangeRateCommand;
import eu.ondernemerscheck.application.rates.port.in.ChangeRatesUseCase;
import eu.ondernemerscheck.application.rates.port.in.RateDraft;
import eu.ondernemerscheck.application.rates.port.in.RateSeries;
import eu.ondernemerscheck.application.rates.port.in.ViewRatesUseCase;
import eu.ondernemerscheck.application.rates.port.out.LoadRateBookPort;
import eu.ondernemerscheck.domain.rules.RateChangeRefusedException;
import eu.ondernemerscheck.domain.rules.RateKey;
import eu.ondernemerscheck.domain.rules.RateParameters;
import eu.ondernemerscheck.domain.rules.RateRecord;
import eu.ondernemerscheck.domain.rules.RateStatus;
import eu.ondernemerscheck.domain.rules.RateValue;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The administrator's rate changes on the real database: drafts the engine does not see, publication that it does,
 * nothing overwritten, the optimistic check between two administrators, and the audit trail. Each test works on its
 * own category of a parameter, so the shipped rates other tests compute with stay as they are.
 */
@IntegrationTest
class RateAdministrationTest {

    private static final LocalDate FROM = LocalDate.of(2029, 1, 1);
    private static final LocalDate UNTIL = LocalDate.of(2029, 12, 31);

    @Autowired
    ChangeRatesUseCase changes;
    @Autowired
    ViewRatesUseCase view;
    @Autowired
    LoadRateBookPort rates;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    PlatformTransactionManager transactions;

    RateKey key;

    @BeforeEach
    void signInAsAnAdministrator() {
        TestAdmins.signIn(context, "anna@beheer.example", Role.ADMIN);
        key = RateKey.of("nl.kia.rate", "t" + UUID.randomUUID().toString().substring(0, 8));
    }

    private ChangeRateCommand add(String value, long expected) {
        return new ChangeRateCommand(key, null, expected, FROM, UNTIL, new BigDecimal(value), RateStatus.PROVISIONAL,
                "Belastingplan 2029", "https://www.rijksoverheid.nl/", LocalDate.now().minusDays(1), "",
                "nieuw tarief");
    }

    private ChangeRateCommand correct(RateRecord old, String value, RateStatus status, String reason, long expected) {
        RateValue v = old.value();
        return new ChangeRateCommand(key, old.id(), expected, v.effectiveFrom(), v.effectiveUntil(),
                new BigDecimal(value), status, v.source().title(), v.source().url(), LocalDate.now().minusDays(1),
                "", reason);
    }

    private RateSeries series() {
        return view.series("nl-kia").stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    private long stamp() {
        return view.series("nl-kia").stream().filter(s -> s.key().equals(key)).findFirst()
                .map(s -> s.stamp().version()).orElse(0L);
    }

    @Test
    void aDraftIsInvisibleToTheEngineUntilPublishedAndACorrectionKeepsTheOldValue() {
        long draft = changes.proposeChange(add("0.3", 0));
        assertThat(rates.currentRateBook().series(key)).isEmpty();
        assertThat(view.openDrafts()).extracting(d -> d.version().id()).contains(draft);
        assertThat(series().records()).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(RateRecord.State.DRAFT);
            assertThat(r.introducedIn().createdBy()).isEqualTo("anna@beheer.example");
            assertThat(r.introducedIn().reason()).isEqualTo("nieuw tarief");
        });

        changes.publish(draft);
        assertThat(rates.currentRateBook().series(key)).extracting(RateValue::value)
                .containsExactly(new BigDecimal("0.3"));
        assertThat(rates.currentRateBook().version()).contains("v" + draft);

        RateRecord published = series().records().getFirst();
        long correction = changes.proposeChange(correct(published, "0.31", RateStatus.CONFIRMED, "typefout",
                stamp()));
        assertThat(rates.currentRateBook().series(key)).extracting(RateValue::value)
                .containsExactly(new BigDecimal("0.3"));
        changes.publish(correction);

        assertThat(rates.currentRateBook().series(key)).singleElement().satisfies(v -> {
            assertThat(v.value()).isEqualByComparingTo("0.31");
            assertThat(v.status()).isEqualTo(RateStatus.CONFIRMED);
        });
        List<RateRecord> history = series().records();
        assertThat(history).extracting(RateRecord::state)
                .containsExactly(RateRecord.State.REPLACED, RateRecord.State.IN_FORCE);
        assertThat(history.getFirst().value().value()).isEqualByComparingTo("0.3");
        assertThat(history.getFirst().retiredIn().id()).isEqualTo(correction);
        assertThat(history.get(1).replaces()).isEqualTo(history.getFirst().id());

        List<Map<String, Object>> audit = jdbc.queryForList("select action, actor, before::text as before,"
                + " after::text as after from platform.audit_event where subject like ? order by id", key + "%");
        assertThat(audit).extracting(a -> a.get("action"))
                .containsExactly("rate.draft", "rate.publish", "rate.draft", "rate.publish");
        assertThat(audit).allSatisfy(a -> assertThat(a.get("actor")).isEqualTo("anna@beheer.example"));
        assertThat(audit.get(0).get("before")).isNull();
        assertThat((String) audit.get(2).get("before")).contains("\"value\": 0.3");
        assertThat((String) audit.get(2).get("after")).contains("\"value\": 0.31").contains("confirmed");
        assertThat((String) audit.get(3).get("before")).contains("\"value\": 0.3");
    }

    @Test
    void theSecondOfTwoAdministratorsEditingTheSameParameterIsRefusedWithWhoAndWhen() {
        changes.publish(changes.proposeChange(add("0.2", 0)));
        long seen = stamp();
        RateRecord current = series().records().getFirst();

        TestAdmins.signIn(context, "bart@beheer.example", Role.ADMIN);
        changes.proposeChange(correct(current, "0.21", RateStatus.PROVISIONAL, "Bart corrigeert", seen));

        TestAdmins.signIn(context, "anna@beheer.example", Role.ADMIN);
        assertThatThrownBy(() -> changes.proposeChange(correct(current, "0.22", RateStatus.PROVISIONAL,
                "Anna corrigeert", seen)))
                .isInstanceOf(RateChangeRefusedException.class)
                .hasMessageContaining("gewijzigd door bart@beheer.example")
                .hasMessageContaining("Laad de pagina opnieuw");
        assertThat(jdbc.queryForObject("select count(*) from platform.rate_version where note = 'Anna corrigeert'",
                Integer.class)).isZero();
    }

    @Test
    void aSecondDraftForAParameterWaitsUntilTheFirstIsPublishedOrDiscarded() {
        long first = changes.proposeChange(add("0.2", 0));
        assertThatThrownBy(() -> changes.proposeChange(new ChangeRateCommand(key, null, stamp(),
                LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31), new BigDecimal("0.25"),
                RateStatus.PROVISIONAL, "", "", LocalDate.now(), "", "nog een")))
                .isInstanceOf(RateChangeRefusedException.class).hasMessageContaining("al een concept klaar");

        changes.discard(first);
        assertThat(series().records()).singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo(RateRecord.State.DISCARDED));
        assertThat(rates.currentRateBook().series(key)).isEmpty();
        assertThatThrownBy(() -> changes.publish(first)).isInstanceOf(RateChangeRefusedException.class)
                .hasMessageContaining("verworpen door anna@beheer.example");
        assertThat(view.openDrafts()).extracting(RateDraft::version).noneMatch(v -> v.id() == first);
    }

    /** A draft for a parameter in the test's category: a first value, or a correction of the one in force. */
    private long propose(RateKey parameter, String value) {
        Optional<RateSeries> series = view.series("nl-kia").stream().filter(s -> s.key().equals(parameter))
                .findFirst();
        Long inForce = series.flatMap(s -> s.records().stream().filter(r -> r.state() == RateRecord.State.IN_FORCE)
                .findFirst()).map(RateRecord::id).orElse(null);
        return changes.proposeChange(new ChangeRateCommand(parameter, inForce,
                series.map(s -> s.stamp().version()).orElse(0L), FROM, UNTIL, new BigDecimal(value),
                RateStatus.PROVISIONAL, "Belastingplan 2029", "https://www.rijksoverheid.nl/",
                LocalDate.now().minusDays(1), "", "schijfgrens " + value));
    }

    /** Two drafts that each fit the bands in force, but not together: the first band would end above the second. */
    private long[] bandDraftsThatClash(RateKey firstBandTop, RateKey secondBandTop) {
        changes.publish(propose(firstBandTop, "50000"));
        changes.publish(propose(secondBandTop, "100000"));
        return new long[] {propose(firstBandTop, "80000"), propose(secondBandTop, "60000")};
    }

    /** Sessions holding, or waiting for, PublicationLock's key for one publication at a time. */
    private long publicationLockSessions(boolean granted) {
        Long sessions = jdbc.queryForObject("select count(*) from pg_locks where locktype = 'advisory' and granted = ?"
                + " and classid::bigint = ? and objid::bigint = 2 and objsubid = 2", Long.class, granted, 0x4F4E4443L);
        return sessions == null ? 0 : sessions;
    }

    @Test
    void aDraftThatNoLongerFitsWhatWasPublishedSinceIsRefusedWithTheReason() {
        RateKey firstBandTop = RateKey.of("nl.kia.band1_top", key.category());
        RateKey secondBandTop = RateKey.of("nl.kia.band2_top", key.category());
        long[] drafts = bandDraftsThatClash(firstBandTop, secondBandTop);

        changes.publish(drafts[0]);
        assertThatThrownBy(() -> changes.publish(drafts[1])).isInstanceOf(RateChangeRefusedException.class)
                .hasMessageContaining("past niet meer bij de tarieven die nu gelden")
                .hasMessageContaining("De KIA-schijven moeten oplopen");
        assertThat(rates.currentRateBook().series(secondBandTop)).singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualByComparingTo("100000"));
        changes.discard(drafts[1]);
    }

    @Test
    void aDraftPublishedWhileAnotherPublicationIsUnderWayIsCheckedAgainstWhatThatOneLeaves() throws Exception {
        RateKey firstBandTop = RateKey.of("nl.kia.band1_top", key.category());
        RateKey secondBandTop = RateKey.of("nl.kia.band2_top", key.category());
        long[] drafts = bandDraftsThatClash(firstBandTop, secondBandTop);
        ExecutorService anna = Executors.newSingleThreadExecutor();
        ExecutorService bart = Executors.newSingleThreadExecutor();
        CountDownLatch commit = new CountDownLatch(1);
        try {
            // Anna's publication has done its work and not yet committed when Bart publishes his draft
            Future<?> first = anna.submit(() -> {
                TestAdmins.signIn(context, "anna@beheer.example", Role.ADMIN);
                new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    changes.publish(drafts[0]);
                    try {
                        commit.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            });
            await().atMost(Duration.ofSeconds(30)).until(() -> first.isDone() || publicationLockSessions(true) > 0);
            Future<?> second = bart.submit(() -> {
                TestAdmins.signIn(context, "bart@beheer.example", Role.ADMIN);
                changes.publish(drafts[1]);
            });
            await().atMost(Duration.ofSeconds(30)).until(() -> second.isDone() || publicationLockSessions(false) > 0);
            commit.countDown();
            first.get(30, TimeUnit.SECONDS);

            // checked after Anna's commit, with her band in force: the plain reason, not the database's refusal
            assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(RateChangeRefusedException.class)
                    .hasMessageContaining("past niet meer bij de tarieven die nu gelden")
                    .hasMessageContaining("De KIA-schijven moeten oplopen");
            assertThat(rates.newestRateBook().series(firstBandTop)).singleElement()
                    .satisfies(v -> assertThat(v.value()).isEqualByComparingTo("80000"));
            assertThat(rates.newestRateBook().series(secondBandTop)).singleElement()
                    .satisfies(v -> assertThat(v.value()).isEqualByComparingTo("100000"));
        } finally {
            commit.countDown();
            anna.shutdown();
            bart.shutdown();
            anna.awaitTermination(30, TimeUnit.SECONDS);
            bart.awaitTermination(30, TimeUnit.SECONDS);
        }
        changes.discard(drafts[1]);
    }

    @Test
    void invalidValuesAreRefusedWithEveryMessageAtOnce() {
        assertThatThrownBy(() -> changes.proposeChange(new ChangeRateCommand(key, null, 0, FROM, UNTIL,
                new BigDecimal("1.5"), RateStatus.CONFIRMED, " ", "", LocalDate.now(), "", "reden")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("value", "sourceTitle"));
        assertThatThrownBy(() -> new ChangeRateCommand(key, null, 0, FROM, FROM.minusDays(1), BigDecimal.ONE,
                RateStatus.PROVISIONAL, "", "", LocalDate.now(), "", " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("effectiveUntil", "reason"));
        assertThat(view.series("nl-kia")).noneMatch(s -> s.key().equals(key));
    }

    @Test
    void onlyAdministratorsSeeOrChangeRates() {
        TestAdmins.signIn(context, "carla@kantoor.example", Role.ACCOUNTANT);
        assertThatThrownBy(() -> view.series("nl-kia")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> changes.proposeChange(add("0.3", 0))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> changes.publish(1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDatabaseKnowsEveryParameterWithTheSameKindAsTheDomain() {
        Map<String, String> stored = new TreeMap<>();
        jdbc.query("select parameter, kind from platform.rate_parameter", rs -> {
            stored.put(rs.getString(1), rs.getString(2));
        });
        Map<String, String> domain = new TreeMap<>();
        RateParameters.all().forEach((p, k) -> domain.put(p, k.code()));
        assertThat(stored).isEqualTo(domain);
    }

    @Test
    void theDatabaseRefusesWhatTheFormRefuses() {
        Long version = jdbc.queryForObject("insert into platform.rate_version (label, note, created_by, published_at,"
                + " published_by, publication) values (?, 'databasetest', 'test', now(), 'test',"
                + " nextval('platform.rate_publication_seq')) returning id", Long.class, "db " + key);
        String insert = "insert into platform.rate_value (parameter, category, effective_from, effective_until,"
                + " value, status, source_title, checked_on, introduced_in, kind, published)"
                + " values (?, ?, ?, ?, ?, ?, ?, current_date, ?, ?, true)";
        String c = key.category();
        assertThatThrownBy(() -> jdbc.update(insert, "nl.kia.rate", c, FROM, UNTIL, new BigDecimal("1.5"),
                "provisional", "", version, "fraction")).rootCause().hasMessageContaining("fraction_at_most_one");
        assertThatThrownBy(() -> jdbc.update(insert, "nl.kia.lower", c, FROM, UNTIL, new BigDecimal("-1"),
                "provisional", "", version, "amount")).rootCause().hasMessageContaining("not_negative");
        assertThatThrownBy(() -> jdbc.update(insert, "nl.kia.rate", c, FROM, UNTIL, new BigDecimal("0.3"),
                "provisional", "", version, "amount")).rootCause().hasMessageContaining("parameter_known");
        assertThatThrownBy(() -> jdbc.update(insert, "nl.kia.rate", c, FROM, UNTIL, new BigDecimal("0.3"),
                "confirmed", " ", version, "fraction")).rootCause().hasMessageContaining("confirmed_has_source");
        assertThatThrownBy(() -> jdbc.update(insert, "nl.kia.rate", c, LocalDate.of(2014, 1, 1), UNTIL,
                new BigDecimal("0.3"), "provisional", "", version, "fraction")).rootCause()
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> jdbc.update(insert, "nl.kia.rate", c, LocalDate.now().plusYears(6), LocalDate.now()
                .plusYears(6), new BigDecimal("0.3"), "provisional", "", version, "fraction")).rootCause()
                .hasMessageContaining("out of range");

        jdbc.update(insert, "nl.kia.rate", c, FROM, UNTIL, new BigDecimal("0.3"), "provisional", "", version,
                "fraction");
        assertThatThrownBy(() -> jdbc.update(insert, "nl.kia.rate", c, UNTIL, UNTIL, new BigDecimal("0.3"),
                "provisional", "", version, "fraction")).rootCause().hasMessageContaining("rate_value_no_overlap");

        jdbc.update(insert, "nl.kia.band1_top", c, FROM, UNTIL, new BigDecimal("60000"), "provisional", "", version,
                "amount");
        assertThatThrownBy(() -> jdbc.update(insert, "nl.kia.lower", c, FROM, UNTIL, new BigDecimal("60000"),
                "provisional", "", version, "amount")).rootCause().hasMessageContaining("KIA band edges");
        jdbc.update(insert, "nl.kia.lower", c, FROM, UNTIL, new BigDecimal("2900"), "provisional", "", version,
                "amount");
        assertThatThrownBy(() -> jdbc.update("insert into platform.rate_version (label, note, created_by)"
                + " values (?, ' ', 'test')", "zonder reden " + key)).rootCause()
                .hasMessageContaining("rate_version_has_reason");
    }
}
