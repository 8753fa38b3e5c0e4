import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Simulated visitors of a firm's anonymous quick check ({@code /check/<firm public id>}) over Vaadin Flow's own
 * protocol; JDK only, run as {@code java scripts/vaadin/CheckLoad.java ...}. Prints figures; asserts nothing.
 *
 * <pre>
 *   latency BASE FIRM CLIENTS SECONDS [WARMUP_S] [THINK_MIN_MS] [THINK_MAX_MS]
 *       CLIENTS visitors at once, each in its own session: open the check, pick a country, answer every question in
 *       order with think time between, close the tab, start again as a new visitor. Prints p50/p95/p99 per request.
 *   heap BASE FIRM SERVER_PID N1,N2,...
 *       opens N1, then up to N2, ... answered checks (each its own session, kept open with heartbeats), and after each
 *       step forces a full GC in the server and reads its live heap (class histogram total); prints the growth per
 *       open check over the baseline taken before the first one was opened.
 * </pre>
 */
public class CheckLoad {

    /** Answers per question (engine input name), typed as a Dutch or Belgian user types them. */
    private static final Map<String, List<String>> ANSWERS = Map.ofEntries(
            Map.entry("previous_year_turnover_eur", List.of("18.500", "21.000", "32.000,50")),
            Map.entry("taxable_turnover_eur", List.of("19.750", "16.000,00", "24.500")),
            Map.entry("investment_total_eur", List.of("2.901", "12.000", "45.000", "380.000")),
            Map.entry("business_km", List.of("4.200", "12.000", "800")),
            Map.entry("days", List.of("120", "180", "210")),
            Map.entry("one_way_km", List.of("14", "32", "55")),
            Map.entry("co2_g_km", List.of("0", "98", "135")),
            Map.entry("catalogue_value_eur", List.of("38.500", "52.900,00", "71.250")));

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String base = args[1];
        String route = "check/" + args[2];
        HttpClient http = FlowClient.newHttp();
        switch (mode) {
            case "latency" -> latency(http, base, route, Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    args.length > 5 ? Integer.parseInt(args[5]) : 20, args.length > 6 ? Integer.parseInt(args[6]) : 1000,
                    args.length > 7 ? Integer.parseInt(args[7]) : 3000);
            case "heap" -> heap(http, base, route, args[3], args[4]);
            case "probe" -> probe(http, base, route);
            default -> throw new IllegalArgumentException("mode: latency, heap or probe");
        }
        System.exit(0);
    }

    static void probe(HttpClient http, String base, String route) throws Exception {
        for (int country = 0; country < 2; country++) {
            FlowClient c = new FlowClient(http, base);
            c.open(route);
            chooseCountry(c, country);
            for (int node : questions(c)) {
                System.out.println(country + " " + node + " " + c.property(node, "data-input") + " | "
                        + c.property(node, "label") + " | " + c.property(node, "value"));
            }
            c.close();
        }
    }

    static void latency(HttpClient http, String base, String route, int clients, int seconds, int warmup,
                        int thinkMin, int thinkMax) throws Exception {
        Stats stats = new Stats();
        long start = System.nanoTime();
        long recordFrom = start + TimeUnit.SECONDS.toNanos(warmup);
        long end = recordFrom + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int index = i;
            threads.add(Thread.ofVirtual().start(() -> {
                // visitors arrive spread over the first think interval instead of all at once
                sleep(ThreadLocalRandom.current().nextInt(thinkMax));
                while (System.nanoTime() < end) {
                    try {
                        visit(http, base, route, index, stats, thinkMin, thinkMax, end);
                    } catch (Exception e) {
                        if (stats.errors.incrementAndGet() <= 5) {
                            System.err.println("visit failed: " + e);
                        }
                    }
                }
            }));
        }
        sleepUntil(recordFrom);
        stats.recording = true;
        long fromMs = System.currentTimeMillis();
        sleepUntil(end);
        stats.recording = false;
        System.out.println("measured window (ms since epoch): " + fromMs + " " + System.currentTimeMillis());
        System.out.printf("quick check: %d simulated visitors, think time %d-%d ms, %d s measured after %d s warm-up%n",
                clients, thinkMin, thinkMax, seconds, warmup);
        stats.print(seconds);
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(40));
        }
    }

    private static void visit(HttpClient http, String base, String route, int index, Stats stats, int thinkMin,
                              int thinkMax, long end) throws Exception {
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        FlowClient c = new FlowClient(http, base);
        long t = System.nanoTime();
        c.open(route);
        stats.add("open-check", System.nanoTime() - t);
        try {
            think(rnd, thinkMin, thinkMax);
            t = System.nanoTime();
            chooseCountry(c, index % 2);
            stats.add("pick-country", System.nanoTime() - t);
            for (int node : questions(c)) {
                if (System.nanoTime() > end) {
                    return;
                }
                think(rnd, thinkMin, thinkMax);
                String name = String.valueOf(c.property(node, "data-input"));
                List<String> options = ANSWERS.getOrDefault(name, List.of("1.000", "5.000", "12.500"));
                t = System.nanoTime();
                Map<String, Object> answer = c.setProperty("answer", node, "value",
                        options.get(rnd.nextInt(options.size())));
                stats.add("answer", System.nanoTime() - t);
                if (!(answer.get("changes") instanceof List<?> l) || l.isEmpty()) {
                    stats.errors.incrementAndGet();
                }
            }
        } finally {
            c.close();
        }
    }

    static void heap(HttpClient http, String base, String route, String pid, String steps) throws Exception {
        // warm-up: class loading, JIT and caches belong to the baseline, not to the checks
        for (int i = 0; i < 30; i++) {
            openAnswered(http, base, route, i).close();
        }
        long baseline = LiveHeap.measure(pid);
        System.out.printf("baseline live heap %.1f MiB%n", baseline / 1048576.0);
        List<FlowClient> open = java.util.Collections.synchronizedList(new ArrayList<>());
        for (String step : steps.split(",")) {
            int target = Integer.parseInt(step);
            try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
                for (int i = open.size(); i < target; i++) {
                    int index = i;
                    pool.submit(() -> {
                        open.add(openAnswered(http, base, route, index));
                        return null;
                    });
                }
            }
            // a heartbeat from every open tab, as the browser sends one every heartbeat interval
            for (FlowClient c : open) {
                c.heartbeat();
            }
            long live = LiveHeap.measure(pid);
            System.out.printf("open checks %5d: live heap %.1f MiB, growth %.1f MiB, per open check %.1f KB%n",
                    open.size(), live / 1048576.0, (live - baseline) / 1048576.0,
                    (live - baseline) / 1024.0 / open.size());
        }
        for (FlowClient c : open) {
            c.close();
        }
    }

    /** A visitor who picked a country and answered every question, tab left open. */
    static FlowClient openAnswered(HttpClient http, String base, String route, int index) throws Exception {
        FlowClient c = new FlowClient(http, base);
        c.open(route);
        chooseCountry(c, index % 2);
        for (int node : questions(c)) {
            List<String> options = ANSWERS.getOrDefault(String.valueOf(c.property(node, "data-input")),
                    List.of("1.000", "5.000"));
            c.setProperty("answer", node, "value", options.get(index % options.size()));
        }
        return c;
    }

    /** 0: the first country offered (NL), 1: the second (BE). */
    static void chooseCountry(FlowClient c, int which) throws Exception {
        int group = c.find("vaadin-radio-group", n -> true).getFirst();
        int option = c.childrenOf(group).get(which);
        c.setProperty("pick-country", group, "value", String.valueOf(c.property(option, "value")));
    }

    /** The text questions of the check, in the order they appear (node ids grow in creation order). */
    static List<Integer> questions(FlowClient c) {
        return c.find("vaadin-text-field", n -> n.get("data-input") != null);
    }

    private static void think(ThreadLocalRandom rnd, int min, int max) {
        sleep(min + rnd.nextInt(Math.max(1, max - min)));
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleepUntil(long nanoTime) {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            sleep(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        }
    }
}
