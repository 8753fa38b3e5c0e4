import eu.ondernemerscheck.OndernemerscheckApplication;
import eu.ondernemerscheck.application.accounts.port.out.HashPasswordPort;
import eu.ondernemerscheck.application.accounts.port.out.SaveAccountPort;
import eu.ondernemerscheck.application.clients.port.out.ClientFactsPort;
import eu.ondernemerscheck.application.clients.port.out.ClientProfilePort;
import eu.ondernemerscheck.application.clients.port.out.PortfolioPort;
import eu.ondernemerscheck.application.clients.port.out.SaveClientPort;
import eu.ondernemerscheck.application.clients.port.out.StoredResultsPort;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmCommand;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.firms.port.out.FirmRegistryPort;
import eu.ondernemerscheck.application.rates.port.in.ChangeRateCommand;
import eu.ondernemerscheck.application.rates.port.in.ChangeRatesUseCase;
import eu.ondernemerscheck.application.rates.port.in.RateSeries;
import eu.ondernemerscheck.application.rates.port.in.ViewRatesUseCase;
import eu.ondernemerscheck.application.rates.port.out.LoadRateBookPort;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.catalogue.SchemeCatalogue;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.portfolio.StoredResult;
import eu.ondernemerscheck.domain.portfolio.YearFacts;
import eu.ondernemerscheck.domain.portfolio.YearResults;
import eu.ondernemerscheck.domain.portfolio.YearReview;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.rules.RateKey;
import eu.ondernemerscheck.domain.rules.RateRecord;
import eu.ondernemerscheck.domain.rules.RateValue;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.Role;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Prepares the rate-publish benchmark (scripts/measure-recompute.sh) on the classpath of the extracted jar, starting
 * the jar's own Spring context with the app's arguments and stopping it at the end.
 *
 * <pre>
 *   seed FIRMS CLIENTS_PER_FIRM ACCOUNTANTS PASSWORD RUN --app.args...
 *       the demo firm plus FIRMS-1 firms provisioned with the administrator's use case; in each firm CLIENTS_PER_FIRM
 *       Dutch clients whose facts of this year hold an investment (nl-kia) and the sale of an asset bought the same
 *       year (nl-kia-disinvestment, its percentage computed from that year's KIA): two stored results per client,
 *       both depending on this year's KIA rate. Then what {@code draft} does.
 *   draft ACCOUNTANTS PASSWORD RUN --app.args...
 *       accounts for one run: ACCOUNTANTS accountants of the demo firm (recompute-RUN-NN@demo.ondernemerscheck.eu)
 *       and an administrator (recompute-RUN-admin@demo.ondernemerscheck.eu), all with PASSWORD and no authenticator
 *       yet; and, through the administrator's rate use case, two open drafts: the warm-up, this year's
 *       nl.kia.asset_minimum checked again with the same value (its recompute rewrites every result, changing none),
 *       and the measured one, moving this year's KIA rate (nl.kia.rate) from 28 % to 30 % or back, so publishing it
 *       changes every seeded result. With ROUNDS=N in the environment (at most 5), N - 1 more drafts, each
 *       checking another nl-kia parameter again, for the rounds before the measured publication.
 * </pre>
 *
 * Seeding 100,000 results through {@code ClientFactsUseCase.save} takes about 18 minutes on two cores (one
 * transaction, one audit entry and one rate-book read per client), so {@code seed} writes through the same ports that
 * use case writes through, in the same order (client, facts, the engine's results on the rate book in force, the
 * year's review for the portfolio), 200 clients per transaction and without the audit entry: the stored results are
 * the engine's own.
 */
public class SeedRecompute {

    private static final RateKey KIA_RATE = RateKey.of("nl.kia.rate");
    private static final RateKey KIA_ASSET_MINIMUM = RateKey.of("nl.kia.asset_minimum");
    private static final String[] EXTRA_DRAFTS =
            {"nl.kia.lower", "nl.kia.top", "nl.kia.fixed", "nl.kia.phase_out_rate"};
    private static final String[] FORMS = {"eenmanszaak", "vof", "bv", "maatschap"};
    private static final int PER_TRANSACTION = 200;

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int skip = mode.equals("seed") ? 6 : 4;
        String[] appArgs = Arrays.copyOfRange(args, skip, args.length);
        ClassLoader appLoader = ClassLoader.getSystemClassLoader();
        Thread.currentThread().setContextClassLoader(appLoader);
        ConfigurableApplicationContext app = new SpringApplication(
                new org.springframework.core.io.DefaultResourceLoader(appLoader), OndernemerscheckApplication.class)
                .run(appArgs);
        int exit = 0;
        try {
            if (mode.equals("seed")) {
                seed(app, Integer.parseInt(args[1]), Integer.parseInt(args[2]));
                draft(app, Integer.parseInt(args[3]), args[4], args[5]);
            } else {
                draft(app, Integer.parseInt(args[1]), args[2], args[3]);
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            SpringApplication.exit(app);
        }
        System.exit(exit);
    }

    private static Firm demoFirm(ConfigurableApplicationContext app) {
        return app.getBean(FirmRegistryPort.class).all().stream().filter(f -> f.name().startsWith("Demokantoor"))
                .findFirst().orElseThrow(() -> new IllegalStateException("start with --ondernemerscheck.demo=true"));
    }

    private static void as(String name, String role) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
                List.of(new SimpleGrantedAuthority(role))));
        SecurityContextHolder.setContext(context);
    }

    static void seed(ConfigurableApplicationContext app, int firmCount, int perFirm) throws Exception {
        long start = System.nanoTime();
        List<Firm> firms = new ArrayList<>();
        firms.add(demoFirm(app));
        ProvisionFirmUseCase provision = app.getBean(ProvisionFirmUseCase.class);
        as("beheerder-meting", "ROLE_ADMIN");
        for (int i = 2; i <= firmCount; i++) {
            firms.add(provision.provision(new ProvisionFirmCommand(String.format("Meetkantoor %02d", i))));
        }
        SecurityContextHolder.clearContext();
        System.out.printf("firms: %d (demo firm and %d provisioned) in %.0f s%n", firms.size(), firmCount - 1,
                (System.nanoTime() - start) / 1e9);
        SaveClientPort clients = app.getBean(SaveClientPort.class);
        ClientFactsPort facts = app.getBean(ClientFactsPort.class);
        StoredResultsPort results = app.getBean(StoredResultsPort.class);
        ClientProfilePort profiles = app.getBean(ClientProfilePort.class);
        PortfolioPort portfolio = app.getBean(PortfolioPort.class);
        RateBook book = app.getBean(LoadRateBookPort.class).newestRateBook();
        YearResults engine = new YearResults(SchemeCatalogue.standard());
        YearReview review = new YearReview(SchemeCatalogue.standard());
        TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        int year = LocalDate.now().getYear();
        AtomicInteger stored = new AtomicInteger();
        List<Future<?>> work = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (int f = 0; f < firms.size(); f++) {
                Firm firm = firms.get(f);
                int firmIndex = f;
                work.add(pool.submit(() -> {
                    Random rnd = new Random(firmIndex);
                    try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
                        for (int from = 0; from < perFirm; from += PER_TRANSACTION) {
                            int first = from;
                            tx.executeWithoutResult(s -> {
                                Instant now = Instant.now();
                                for (int i = first; i < Math.min(perFirm, first + PER_TRANSACTION); i++) {
                                    Client client = clients.saveNew(String.format("Klant %04d kantoor %02d", i,
                                            firmIndex + 1), Country.NL, FORMS[rnd.nextInt(FORMS.length)]);
                                    YearFacts saved = facts.save(client.id(), year, answers(year, rnd), 0, "meting",
                                            now);
                                    List<StoredResult> computed = engine.compute(client, saved, book, now);
                                    results.replace(client.id(), year, computed, "gegevens gewijzigd");
                                    portfolio.storeReview(review.review(profiles.loadProfile(client.id())
                                            .orElseThrow(), saved, book, LocalDate.now()), now);
                                    stored.addAndGet(computed.size());
                                }
                            });
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> w : work) {
                w.get();
            }
        }
        System.out.printf("seeded %d firms x %d clients, %d stored results for %d, in %.0f s%n", firms.size(),
                perFirm, stored.get(), year, (System.nanoTime() - start) / 1e9);
    }

    /**
     * An investment in the KIA's first band (where the deduction is the rate times the investment) and the sale of an
     * asset bought that year above the disinvestment threshold, its percentage computed from that year's KIA.
     */
    static Map<String, Map<String, Object>> answers(int year, Random rnd) {
        BigDecimal invested = BigDecimal.valueOf(5_000 + rnd.nextInt(55_000));
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        out.put("nl-kia", Map.of("investment_total_eur", invested));
        out.put("nl-kia-disinvestment", Map.of("investment_year", BigDecimal.valueOf(year),
                "sale_price_eur", BigDecimal.valueOf(3_000 + rnd.nextInt(4_000)),
                "investment_year_total_eur", invested));
        return out;
    }

    static void draft(ConfigurableApplicationContext app, int accountants, String password, String run) {
        Firm firm = demoFirm(app);
        SaveAccountPort accounts = app.getBean(SaveAccountPort.class);
        String hash = app.getBean(HashPasswordPort.class).hash(password);
        TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        for (int i = 1; i <= accountants; i++) {
            String email = String.format("recompute-%s-%02d@demo.ondernemerscheck.eu", run, i);
            tx.executeWithoutResult(s -> accounts.create(email, "Accountant " + email.substring(0, 16), hash,
                    Role.ACCOUNTANT, firm.id()));
        }
        String admin = "recompute-" + run + "-admin@demo.ondernemerscheck.eu";
        tx.executeWithoutResult(s -> accounts.create(admin, "Beheerder meting", hash, Role.ADMIN, null));
        as(admin, "ROLE_ADMIN");
        try {
            int year = LocalDate.now().getYear();
            // first the warm-up publication: the same value checked again today, so its recompute rewrites every
            // result without changing a figure, and the measured one runs on an app that has run the recompute once
            long warmUp = propose(app, KIA_ASSET_MINIMUM, year, v -> v.value(), "opwarmen " + run);
            long draft = propose(app, KIA_RATE, year, v -> v.value().compareTo(new BigDecimal("0.28")) == 0
                    ? new BigDecimal("0.30") : new BigDecimal("0.28"), "meting herberekening " + run);
            System.out.printf("accounts for run %s: %d accountants and an administrator; warm-up draft v%d checks %s"
                    + " %d again; draft v%d moves %s %d%n", run, accountants, warmUp, KIA_ASSET_MINIMUM, year,
                    draft, KIA_RATE, year);
            // the rounds before the measured one (ROUNDS in the environment): one more draft each, checking
            // another parameter again (the same list, in the same order, as scripts/vaadin/RecomputeLoad.java)
            int rounds = Integer.parseInt(System.getenv().getOrDefault("ROUNDS", "1"));
            for (int round = 1; round < rounds; round++) {
                RateKey key = RateKey.of(EXTRA_DRAFTS[round - 1]);
                long extra = propose(app, key, year, v -> v.value(), "ronde " + round + " " + run);
                System.out.printf("round %d: draft v%d checks %s %d again%n", round, extra, key, year);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** An open draft, through the administrator's use case, correcting KEY's value in force on 1 June of YEAR. */
    private static long propose(ConfigurableApplicationContext app, RateKey key, int year,
                                Function<RateValue, BigDecimal> next, String reason) {
        ViewRatesUseCase view = app.getBean(ViewRatesUseCase.class);
        ChangeRatesUseCase changes = app.getBean(ChangeRatesUseCase.class);
        RateSeries series = view.series("nl-kia").stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow();
        RateRecord current = series.records().stream().filter(r -> r.state() == RateRecord.State.IN_FORCE
                && r.value().appliesOn(LocalDate.of(year, 6, 1))).findFirst().orElseThrow();
        RateValue v = current.value();
        return changes.proposeChange(new ChangeRateCommand(key, current.id(), series.stamp().version(),
                v.effectiveFrom(), v.effectiveUntil(), next.apply(v), v.status(), v.source().title(), v.source().url(),
                LocalDate.now(), "", reason));
    }
}
