import eu.ondernemerscheck.OndernemerscheckApplication;
import eu.ondernemerscheck.application.clients.port.in.ClientFactsUseCase;
import eu.ondernemerscheck.application.clients.port.in.SaveFactsCommand;
import eu.ondernemerscheck.application.clients.port.out.SaveClientPort;
import eu.ondernemerscheck.application.accounts.port.out.HashPasswordPort;
import eu.ondernemerscheck.application.accounts.port.out.SaveAccountPort;
import eu.ondernemerscheck.application.firms.port.out.FirmRegistryPort;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.Firm;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fills the demo firm with COUNT clients for the portfolio measurements, through the application's own paths: the
 * client is registered as the demo seeding registers one, and its facts are saved with the accountant's save use case
 * (under the platform's system role, as the demo seeding does), which runs the engine and stores results, signals and
 * the portfolio row. Run on the classpath of the extracted jar with the app's own arguments:
 * {@code java -cp "app/ondernemerscheck.jar:app/lib/*" scripts/seed/SeedPortfolio.java COUNT ACCOUNTANTS PASSWORD
 * --ondernemerscheck.db.dir=...
 * --ondernemerscheck.demo=true}; it starts the app, seeds, and stops it.
 */
public class SeedPortfolio {

    private static final String[] NL_FORMS = {"eenmanszaak", "vof", "bv", "maatschap"};
    private static final String[] BE_FORMS = {"eenmanszaak", "bv", "vof", "nv"};
    private static final String[] FUELS = {"petrol", "diesel", "electric"};

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        int accountants = Integer.parseInt(args[1]);
        String password = args[2];
        String[] appArgs = java.util.Arrays.copyOfRange(args, 3, args.length);
        // the app's classes come from the class path, not from this source file's loader: Spring's proxies of
        // package-private interfaces need the loader that defined them
        ClassLoader appLoader = ClassLoader.getSystemClassLoader();
        Thread.currentThread().setContextClassLoader(appLoader);
        ConfigurableApplicationContext app = new SpringApplication(
                new org.springframework.core.io.DefaultResourceLoader(appLoader), OndernemerscheckApplication.class)
                .run(appArgs);
        int exit = 0;
        try {
            Firm firm = app.getBean(FirmRegistryPort.class).all().stream()
                    .filter(f -> f.name().startsWith("Demokantoor")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("start with --ondernemerscheck.demo=true"));
            SaveClientPort clients = app.getBean(SaveClientPort.class);
            ClientFactsUseCase facts = app.getBean(ClientFactsUseCase.class);
            TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
            int year = LocalDate.now().getYear();
            // extra accountants of the demo firm, so simulated accountants each sign in once in a session of their own
            // (an authenticator code counts once, so one account cannot sign in many times a minute)
            SaveAccountPort accounts = app.getBean(SaveAccountPort.class);
            String hash = app.getBean(HashPasswordPort.class).hash(password);
            for (int i = 1; i <= accountants; i++) {
                String email = String.format("load-accountant-%03d@demo.ondernemerscheck.eu", i);
                tx.executeWithoutResult(s -> accounts.create(email, "Accountant " + email.substring(16, 19), hash,
                        Role.ACCOUNTANT, firm.id()));
            }
            System.out.println("created " + accountants + " accountants load-accountant-NNN@demo.ondernemerscheck.eu");
            AtomicInteger done = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            long start = System.nanoTime();
            try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
                for (int i = 0; i < count; i++) {
                    int index = i;
                    pool.submit(() -> {
                        var context = SecurityContextHolder.createEmptyContext();
                        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("platform", null,
                                List.of(new SimpleGrantedAuthority("ROLE_SYSTEM"))));
                        SecurityContextHolder.setContext(context);
                        Random rnd = new Random(index);
                        Country country = index % 5 < 3 ? Country.NL : Country.BE;
                        String[] forms = country == Country.NL ? NL_FORMS : BE_FORMS;
                        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
                            long id = tx.execute(s -> clients.saveNew(String.format("Klant %05d %s", index,
                                    country == Country.NL ? "Utrecht" : "Gent"), country,
                                    forms[rnd.nextInt(forms.length)]).id());
                            facts.save(new SaveFactsCommand(id, year, answers(country, year, rnd), 0));
                        } catch (RuntimeException e) {
                            if (refused.incrementAndGet() <= 5) {
                                System.err.println("client " + index + " refused: " + e);
                            }
                        } finally {
                            SecurityContextHolder.clearContext();
                        }
                        int n = done.incrementAndGet();
                        if (n % 500 == 0) {
                            System.out.printf("seeded %d clients in %.0f s%n", n, (System.nanoTime() - start) / 1e9);
                        }
                        return null;
                    });
                }
            }
            System.out.printf("seeded %d clients with facts for %d (%d refused) in %.0f s%n", count - refused.get(),
                    year, refused.get(), (System.nanoTime() - start) / 1e9);
            exit = refused.get() == 0 ? 0 : 1;
        } finally {
            SpringApplication.exit(app);
        }
        System.exit(exit);
    }

    /** A plausible year: turnover around the small-business thresholds, investments, a company car for some. */
    static Map<String, Map<String, Object>> answers(Country country, int year, Random rnd) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        BigDecimal turnover = BigDecimal.valueOf(5_000 + rnd.nextInt(60_000));
        if (country == Country.NL) {
            out.put("nl-kor", Map.of("taxable_turnover_eur", turnover));
            if (rnd.nextInt(3) > 0) {
                out.put("nl-kia", Map.of("investment_total_eur", BigDecimal.valueOf(1_000 + rnd.nextInt(400_000))));
            }
        } else {
            out.put("be-vat-exemption", Map.of("taxable_turnover_eur", turnover));
            if (rnd.nextBoolean()) {
                String fuel = FUELS[rnd.nextInt(FUELS.length)];
                BigDecimal co2 = BigDecimal.valueOf(fuel.equals("electric") ? 0 : 90 + rnd.nextInt(80));
                out.put("be-company-car-benefit", Map.of("fuel", fuel, "co2_g_km", co2,
                        "catalogue_value_eur", BigDecimal.valueOf(25_000 + rnd.nextInt(50_000)),
                        "first_registration", (year - 1 - rnd.nextInt(3)) + "-0" + (1 + rnd.nextInt(9))));
                out.put("be-car-deductibility", Map.of("fuel", fuel, "co2_g_km", co2,
                        "order_date", (year - 1 - rnd.nextInt(3)) + "-0" + (1 + rnd.nextInt(9)),
                        "car_costs_eur", BigDecimal.valueOf(3_000 + rnd.nextInt(12_000)),
                        "professional_km", BigDecimal.valueOf(5_000 + rnd.nextInt(15_000)),
                        "total_km", BigDecimal.valueOf(22_000 + rnd.nextInt(10_000))));
            }
        }
        return out;
    }
}
