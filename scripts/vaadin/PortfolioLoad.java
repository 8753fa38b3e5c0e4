import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Simulated accountants on the portfolio ({@code /portefeuille}) over Vaadin Flow's own protocol; JDK only, run as
 * {@code java scripts/vaadin/PortfolioLoad.java ...}. Prints figures; asserts nothing.
 *
 * <pre>
 * Accounts: load-accountant-001@demo.ondernemerscheck.eu and up, all with PASSWORD and no authenticator yet
 * (scripts/seed/SeedPortfolio.java creates them); each signs in once and sets up its authenticator on the way, so
 * every run takes fresh ones: FIRST is the number of the first account it uses.
 *
 *   latency BASE PASSWORD FIRST USERS SECONDS [WARMUP_S] [THINK_MIN_MS] [THINK_MAX_MS]
 *       USERS accountants at once (signed in once each): open the portfolio and fetch its first page as the grid
 *       does, then change filters and the name search with think time between, and open the portfolio again now
 *       and then. Prints p50/p95/p99 per kind of request.
 *   heap BASE PASSWORD FIRST ACCOUNTS SERVER_PID N1,N2,...
 *       signs in ACCOUNTS accountants (their sessions belong to the baseline), then opens N1, then up to N2, ...
 *       portfolio tabs spread over them (first page loaded, a search typed, kept open with heartbeats) and prints
 *       the growth of the live heap per open view.
 * </pre>
 */
public class PortfolioLoad {

    private static final String[] SEARCHES = {"Klant 01", "Gent", "Klant 4", "Utrecht", "Klant 00", "Klant 3",
            "klant 02", ""};

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        HttpClient http = FlowClient.newHttp();
        switch (mode) {
            case "latency" -> latency(http, args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]), args.length > 6 ? Integer.parseInt(args[6]) : 20,
                    args.length > 7 ? Integer.parseInt(args[7]) : 1000, args.length > 8 ? Integer.parseInt(args[8])
                            : 3000);
            case "heap" -> heap(http, args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]), args[5],
                    args[6]);
            case "probe" -> probe(http, args[1], args[2], Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("mode: latency, heap or probe");
        }
        System.exit(0);
    }

    /** A signed-in accountant's portfolio tab with its first page fetched. */
    static final class View {
        final FlowClient client;
        int grid;
        int search;
        int country;
        List<String> countryKeys;

        View(FlowClient client) {
            this.client = client;
        }

        Map<String, Object> open(Stats stats) throws Exception {
            long t0 = System.nanoTime();
            client.open("portefeuille");
            stats.add("open-portfolio", System.nanoTime() - t0);
            grid = client.find("vaadin-grid", n -> true).getFirst();
            search = client.find("vaadin-text-field", n -> n.get("label") != null).getFirst();
            country = client.find("vaadin-select", n -> "Land".equals(n.get("label"))).getFirst();
            // the filter's values as its items property offers them: all, NL, BE
            countryKeys = List.of("*", "NL", "BE");
            // the navigation's answer already holds the first 50 rows (the grid sends its first page with the view)
            confirm();
            // then the grid's connector reports the rows in view once it is attached: pages of 50 from 0
            long t = System.nanoTime();
            Map<String, Object> page = client.callServer("viewport", grid, "setViewportRange", "[0,50]");
            stats.add("viewport", System.nanoTime() - t);
            confirm();
            return page;
        }

        /** The connector confirms each data update it applied, so the server can drop what it kept for it. */
        void confirm() throws Exception {
            for (List<Object> call : List.copyOf(client.executed)) {
                if (String.valueOf(call.getLast()).contains("$connector.confirm($1)")) {
                    client.callServer("confirm", grid, "confirmUpdate", "[" + ((Number) call.get(1)).intValue() + "]");
                }
            }
        }

        void change(String kind, Stats stats, int node, String value) throws Exception {
            long t = System.nanoTime();
            client.setProperty(kind, node, "value", value);
            stats.add(kind, System.nanoTime() - t);
            stats.add("filter-any", System.nanoTime() - t);
            confirm();
        }
    }

    static String account(int i) {
        return String.format("load-accountant-%03d@demo.ondernemerscheck.eu", i);
    }

    /** Signs in accountants 1..n, each once, in parallel (the password hash is deliberately slow). */
    static List<FlowClient> signIn(HttpClient http, String base, String password, int first, int n)
            throws Exception {
        List<FlowClient> out = java.util.Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (int i = first; i < first + n; i++) {
                int index = i;
                pool.submit(() -> {
                    try {
                        FlowClient c = new FlowClient(http, base);
                        c.signInEnrolling(account(index), password);
                        out.add(c);
                    } catch (Exception e) {
                        System.err.println("sign-in of " + account(index) + " failed: " + e);
                    }
                });
            }
        }
        if (out.size() != n) {
            throw new IllegalStateException("only " + out.size() + " of " + n + " accountants signed in");
        }
        return out;
    }

    static void probe(HttpClient http, String base, String password, int account) throws Exception {
        FlowClient c = signIn(http, base, password, account, 1).getFirst();
        View v = new View(c);
        Stats s = new Stats();
        s.recording = true;
        v.open(s);
        System.out.println("grid " + v.grid + " search " + v.search + " country " + v.country);
        c.find("vaadin-select", n -> true).forEach(n -> System.out.println("select " + n + " " + c.property(n, "label")
                + " value=" + c.property(n, "value")));
        v.change("search", s, v.search, "Klant 01");
        v.change("country", s, v.country, "BE");
        s.print(1);
        c.close();
    }

    static void latency(HttpClient http, String base, String password, int first, int users, int seconds,
                        int warmup, int thinkMin, int thinkMax) throws Exception {
        Stats stats = new Stats();
        List<FlowClient> sessions = signIn(http, base, password, first, users);
        long start = System.nanoTime();
        long recordFrom = start + TimeUnit.SECONDS.toNanos(warmup);
        long end = recordFrom + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> threads = new ArrayList<>();
        for (FlowClient c : sessions) {
            threads.add(Thread.ofVirtual().start(() -> {
                ThreadLocalRandom rnd = ThreadLocalRandom.current();
                CheckLoad.sleep(rnd.nextInt(thinkMax));
                while (System.nanoTime() < end) {
                    try {
                        work(c, stats, rnd, thinkMin, thinkMax, end);
                    } catch (Exception e) {
                        if (stats.errors.incrementAndGet() <= 5) {
                            System.err.println("portfolio session failed: " + e);
                        }
                    }
                }
            }));
        }
        CheckLoad.sleepUntil(recordFrom);
        stats.recording = true;
        long fromMs = System.currentTimeMillis();
        CheckLoad.sleepUntil(end);
        stats.recording = false;
        System.out.println("measured window (ms since epoch): " + fromMs + " " + System.currentTimeMillis());
        System.out.printf("portfolio: %d simulated accountants, think time %d-%d ms, %d s measured after %d s warm-up%n",
                users, thinkMin, thinkMax, seconds, warmup);
        stats.print(seconds);
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(40));
        }
    }

    /** One visit of the portfolio: open it, then four filter or search changes, then leave the tab. */
    private static void work(FlowClient session, Stats stats, ThreadLocalRandom rnd, int thinkMin, int thinkMax,
                             long end) throws Exception {
        View v = new View(session);
        v.open(stats);
        try {
            for (int i = 0; i < 4 && System.nanoTime() < end; i++) {
                CheckLoad.sleep(thinkMin + rnd.nextInt(Math.max(1, thinkMax - thinkMin)));
                if (rnd.nextBoolean()) {
                    v.change("search", stats, v.search, SEARCHES[rnd.nextInt(SEARCHES.length)]);
                } else {
                    v.change("country", stats, v.country, v.countryKeys.get(rnd.nextInt(v.countryKeys.size())));
                }
            }
        } finally {
            session.close();
        }
    }

    static void heap(HttpClient http, String base, String password, int first, int accounts, String pid,
                     String steps)
            throws Exception {
        Stats none = new Stats();
        List<FlowClient> sessions = signIn(http, base, password, first, accounts);
        for (FlowClient c : sessions) {
            new View(c).open(none);
            c.close();
        }
        long baseline = LiveHeap.measure(pid);
        System.out.printf("baseline live heap %.1f MiB%n", baseline / 1048576.0);
        List<View> open = java.util.Collections.synchronizedList(new ArrayList<>());
        for (String step : steps.split(",")) {
            int target = Integer.parseInt(step);
            try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
                for (int i = open.size(); i < target; i++) {
                    int index = i;
                    pool.submit(() -> {
                        // another tab of the same signed-in accountant: same session cookie, a UI of its own
                        FlowClient c = sessions.get(index % sessions.size()).newTab();
                        View v = new View(c);
                        v.open(none);
                        v.change("search", none, v.search, SEARCHES[index % SEARCHES.length]);
                        open.add(v);
                        return null;
                    });
                }
            }
            for (View v : open) {
                v.client.heartbeat();
            }
            long live = LiveHeap.measure(pid);
            System.out.printf("open portfolio views %5d: live heap %.1f MiB, growth %.1f MiB, per open view %.1f KB%n",
                    open.size(), live / 1048576.0, (live - baseline) / 1048576.0,
                    (live - baseline) / 1024.0 / open.size());
        }
        for (View v : open) {
            v.client.close();
        }
    }
}
