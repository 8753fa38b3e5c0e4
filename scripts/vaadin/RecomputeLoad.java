import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The rate publish as an administrator does it on {@code /tarieven}, while accountants work in their portfolio; over
 * Vaadin Flow's own protocol, JDK only. Prints figures; asserts nothing.
 *
 * <pre>
 *   java scripts/vaadin/RecomputeLoad.java BASE PASSWORD RUN ACCOUNTANTS SERVER_PID [WARMUP_S] [IDLE_S]
 *        [THINK_MIN_MS] [THINK_MAX_MS] [TIMEOUT_S] [ROUNDS] [no-warm-up-publication] [preview]
 * </pre>
 *
 * Accounts recompute-RUN-NN@demo.ondernemerscheck.eu (accountants of the demo firm) and
 * recompute-RUN-admin@demo.ondernemerscheck.eu, with PASSWORD and no authenticator yet, and two open drafts, one of
 * nl.kia.asset_minimum (the warm-up) and one of nl.kia.rate (scripts/seed/SeedRecompute.java makes them). The
 * accountants sign in, then each does what PortfolioLoad's latency run does (open the portfolio, four filter or search
 * changes with think time, again). Meanwhile the administrator publishes the warm-up draft and waits for its recompute
 * (unrecorded: the first recompute after a start also compiles its code), then WARMUP_S more unrecorded, then IDLE_S
 * recorded as "idle". Then the live heap is read (two full GCs), the administrator selects the nl.kia.rate draft and
 * clicks "Publiceren" and the screen polls every 500 ms as the browser does, until it says every firm is recomputed;
 * the portfolio requests in between are recorded as "during". Then the live heap again; {@code jstat -gc} samples the
 * heap every 200 ms from the click to the end.
 *
 * <p>With ROUNDS above 1 (at most 5), ROUNDS - 1 rounds come before that: each an idle window of IDLE_S and the
 * publication of a draft of another nl-kia parameter that changes no figure (the seeder makes them: each rewrites every
 * result); the figures then come per round and pooled over all rounds, so that one fast or slow idle window no longer
 * decides the ratio. Heap and the "idle window"/"during window" lines stay those of the last (measured) round.
 *
 * <p>With {@code no-warm-up-publication} the administrator publishes nothing before the rounds: the first publication
 * after the start then meets a portfolio whose code has run for WARMUP_S, as on a server that has been in use since
 * its start but has not published. With {@code preview} the administrator first asks for the impact preview of the
 * measured draft (after the warm-up, unrecorded) and the time until the screen shows it is printed.
 */
public class RecomputeLoad {

    private static final String[] SEARCHES = {"Klant 01", "Klant 4", "kantoor", "Klant 00", "Klant 3", "klant 02", ""};

    private static volatile Stats recording;
    /** Drafts (made by the seeder) published in the rounds before the measured one, in this order. */
    private static final String[] EXTRA_DRAFTS =
            {"nl.kia.lower", "nl.kia.top", "nl.kia.fixed", "nl.kia.phase_out_rate"};
    private static double duringSeconds;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String password = args[1];
        String run = args[2];
        int users = Integer.parseInt(args[3]);
        String pid = args[4];
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 15;
        int idle = args.length > 6 ? Integer.parseInt(args[6]) : 30;
        int thinkMin = args.length > 7 ? Integer.parseInt(args[7]) : 300;
        int thinkMax = args.length > 8 ? Integer.parseInt(args[8]) : 1000;
        int timeout = args.length > 9 ? Integer.parseInt(args[9]) : 900;
        int rounds = args.length > 10 ? Integer.parseInt(args[10]) : 1;
        List<String> options = args.length > 11 ? List.of(args).subList(11, args.length) : List.of();
        boolean warmUpPublication = !options.contains("no-warm-up-publication");
        boolean preview = options.contains("preview");
        if (rounds < 1 || rounds > EXTRA_DRAFTS.length + 1) {
            throw new IllegalArgumentException("ROUNDS is 1 to " + (EXTRA_DRAFTS.length + 1));
        }
        HttpClient http = FlowClient.newHttp();

        FlowClient admin = new FlowClient(http, base);
        admin.signInEnrolling("recompute-" + run + "-admin@demo.ondernemerscheck.eu", password, "tarieven");
        admin.open("tarieven");
        List<FlowClient> sessions = new ArrayList<>();
        for (int i = 1; i <= users; i++) {
            FlowClient c = new FlowClient(http, base);
            c.signInEnrolling(String.format("recompute-%s-%02d@demo.ondernemerscheck.eu", run, i), password);
            sessions.add(c);
        }
        System.out.printf("signed in: 1 administrator on /tarieven, %d accountants of the demo firm%n", users);

        Stats none = new Stats();
        Stats idleAll = new Stats();
        Stats duringAll = new Stats();
        idleAll.recording = true;
        duringAll.recording = true;
        Stats idleStats = new Stats(idleAll);
        Stats during = new Stats(duringAll);
        idleStats.recording = true;
        during.recording = true;
        recording = none;
        List<Thread> threads = new ArrayList<>();
        boolean[] stop = {false};
        for (FlowClient c : sessions) {
            threads.add(Thread.ofVirtual().start(() -> {
                ThreadLocalRandom rnd = ThreadLocalRandom.current();
                CheckLoad.sleep(rnd.nextInt(thinkMax));
                while (!stop[0]) {
                    try {
                        visit(c, rnd, thinkMin, thinkMax, stop);
                    } catch (Exception e) {
                        if (recording.error() <= 5) {
                            System.err.println("portfolio session failed: " + e);
                        }
                    }
                }
            }));
        }
        // the first publication after the start, unrecorded: the app compiles the recompute's code while it runs,
        // as it does once after every start; the measured publication comes after it
        if (warmUpPublication) {
            Publication warmUp = publish(admin, "nl.kia.asset_minimum", timeout, () -> { });
            System.out.printf("warm-up publication (first after the start, no figure changes): screen says done after"
                    + " %.1f s (clicked at %d)%n", warmUp.doneNanos / 1e9, warmUp.clicked);
        } else {
            System.out.println("no warm-up publication: the first publication after the start comes after the"
                    + " portfolio's warm-up, as on a server that has not published since its start");
        }
        CheckLoad.sleep(TimeUnit.SECONDS.toMillis(warmup));
        if (preview) {
            // what the administrator does before publishing: the impact preview of the measured draft, unrecorded
            selectDraft(admin, "nl.kia.rate");
            int button = admin.button("Gevolgen bekijken");
            long t0 = System.nanoTime();
            admin.click("preview", button);
            double seconds = (System.nanoTime() - t0) / 1e9;
            String summary = admin.find("p", n -> true).stream().map(admin::textOf)
                    .filter(t -> t.contains("klantresultaten vergeleken")).findFirst().orElse("(no summary shown)");
            System.out.printf("impact preview of the measured draft: click answered after %.1f s: %s%n", seconds,
                    summary);
            CheckLoad.sleep(5000);
        }
        // the rounds before the measured one: each an idle window and a publication of a draft that changes no figure
        // (its recompute rewrites every result all the same), so that one idle window no longer decides the ratio
        List<String> roundLines = new ArrayList<>();
        for (int round = 1; round < rounds; round++) {
            Stats roundIdle = new Stats(idleAll);
            Stats roundDuring = new Stats(duringAll);
            roundIdle.recording = true;
            roundDuring.recording = true;
            recording = roundIdle;
            CheckLoad.sleep(TimeUnit.SECONDS.toMillis(idle));
            recording = none;
            CheckLoad.sleep(2000);
            Publication extra = publish(admin, EXTRA_DRAFTS[round - 1], timeout, () -> recording = roundDuring);
            recording = none;
            roundLines.add(roundLine(round, EXTRA_DRAFTS[round - 1], extra, roundIdle, roundDuring));
            CheckLoad.sleep(5000);
        }
        long idleFrom = System.currentTimeMillis();
        recording = idleStats;
        CheckLoad.sleep(TimeUnit.SECONDS.toMillis(idle));
        recording = none;
        long idleTo = System.currentTimeMillis();

        long heapBefore = LiveHeap.measure(pid);
        CheckLoad.sleep(2000);
        HeapSampler sampler = new HeapSampler(pid);

        Publication measured = publish(admin, "nl.kia.rate", timeout, () -> recording = during);
        long clicked = measured.clicked;
        long clickNanos = measured.clickNanos;
        long doneNanos = measured.doneNanos;
        long doneAt = clicked + doneNanos / 1_000_000;
        int polls = measured.polls;
        String status = measured.status;
        recording = none;
        sampler.stop();
        stop[0] = true;
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(20));
        }
        long heapAfter = LiveHeap.measure(pid);
        for (FlowClient c : sessions) {
            c.close();
        }
        admin.close();

        System.out.println("publish clicked at (ms since epoch): " + clicked);
        System.out.printf("publish click round trip: %.0f ms%n", clickNanos / 1e6);
        System.out.printf("screen says done after: %.1f s (%d polls): %s%n", doneNanos / 1e9, polls, status);
        System.out.println("idle window (ms since epoch): " + idleFrom + " " + idleTo);
        System.out.println("during window (ms since epoch): " + clicked + " " + doneAt);
        System.out.printf("-- portfolio idle: %d accountants, think time %d-%d ms, %d s after %d s warm-up%n", users,
                thinkMin, thinkMax, idle, warmup);
        idleStats.print(idle);
        System.out.printf("-- portfolio during the recompute: %.1f s%n", (doneAt - clicked) / 1e3);
        during.print((doneAt - clicked) / 1e3);
        System.out.printf("live heap (after full GC) before the publish %.1f MiB, after the run %.1f MiB: growth %.1f"
                + " MiB%n", heapBefore / 1048576.0, heapAfter / 1048576.0, (heapAfter - heapBefore) / 1048576.0);
        sampler.print();
        if (rounds > 1) {
            roundLines.add(roundLine(rounds, "nl.kia.rate", measured, idleStats, during));
            System.out.printf("-- %d rounds, each an idle window of %d s and a publication of 100,000 results"
                    + " (p95 idle -> during, ms):%n", rounds, idle);
            roundLines.forEach(System.out::println);
            System.out.printf("-- portfolio idle, all %d rounds pooled%n", rounds);
            idleAll.print(idle * rounds);
            System.out.printf("-- portfolio during, all %d rounds pooled%n", rounds);
            duringAll.print(duringSeconds);
        }
        System.exit(0);
    }

    /** One round's publication and its p95 per request kind, idle against during. */
    private static String roundLine(int round, String parameter, Publication p, Stats idle, Stats during) {
        StringBuilder line = new StringBuilder(String.format("round %d (%s): screen says done after %.1f s;", round,
                parameter, p.doneNanos / 1e9));
        for (String kind : List.of("filter-any", "search", "open-portfolio")) {
            line.append(String.format(" %s %.1f -> %.1f (%.2fx)", kind, idle.p95(kind), during.p95(kind),
                    during.p95(kind) / idle.p95(kind)));
        }
        duringSeconds += p.doneNanos / 1e9;
        return line.toString();
    }

    private record Publication(long clicked, long clickNanos, long doneNanos, int polls, String status) {
    }

    /**
     * Selects the open draft of PARAMETER, runs BEFORE_CLICK, clicks "Publiceren" and polls every 500 ms as the browser does until the
     * screen says every firm is recomputed (or TIMEOUT_S passed).
     */
    private static Publication publish(FlowClient admin, String parameter, int timeout, Runnable beforeClick)
            throws Exception {
        selectDraft(admin, parameter);
        int publish = admin.button("Publiceren");
        beforeClick.run();
        long clicked = System.currentTimeMillis();
        long t0 = System.nanoTime();
        admin.click("publish", publish);
        long clickNanos = System.nanoTime() - t0;
        String status = "";
        long end = t0 + TimeUnit.SECONDS.toNanos(timeout);
        int polls = 0;
        while (!status.startsWith("Alle klantresultaten") && System.nanoTime() < end) {
            status = statusText(admin);
            if (!status.startsWith("Alle klantresultaten")) {
                CheckLoad.sleep(500);
                admin.rpc("poll", "{\"type\":\"event\",\"node\":1,\"event\":\"ui-poll\",\"data\":{}}");
                polls++;
            }
        }
        return new Publication(clicked, clickNanos, System.nanoTime() - t0, polls, status);
    }

    /** Selects the open draft of PARAMETER in the drafts grid as the grid's connector does: by the row's key. */
    private static void selectDraft(FlowClient admin, String parameter) throws Exception {
        admin.open("tarieven");
        for (List<Object> call : admin.executed) {
            String script = String.valueOf(call.getLast());
            if (!script.contains("$connector")) {
                continue;
            }
            String text = call.toString();
            if (!text.contains(parameter)) {
                continue;
            }
            Object element = call.getFirst();
            int node = element instanceof Map<?, ?> m && m.get("@v-node") instanceof Number n ? n.intValue() : -1;
            String key = null;
            for (Object arg : call) {
                if (arg instanceof List<?> items) {
                    for (Object item : items) {
                        if (item instanceof Map<?, ?> row && row.toString().contains(parameter)) {
                            key = String.valueOf(row.get("key"));
                        }
                    }
                }
            }
            if (node >= 0 && key != null) {
                admin.callServer("select-draft", node, "select", "[" + Json.quote(key) + "]");
                return;
            }
        }
        throw new IllegalStateException("no open draft of " + parameter + " on /tarieven; calls: " + admin.executed);
    }

    private static String statusText(FlowClient admin) {
        for (int node : admin.find("p", n -> true)) {
            String t = admin.textOf(node).strip();
            if (t.startsWith("Klantresultaten worden herberekend") || t.startsWith("Alle klantresultaten")) {
                // the first sentence: the paragraph's earlier texts may still be in the kept tree
                return t.substring(0, t.indexOf('.') + 1);
            }
        }
        return "";
    }

    /**
     * One visit of the portfolio, as PortfolioLoad's latency run: open it, four changes, leave. A request counts in the
     * phase in which it was sent.
     */
    private static void visit(FlowClient session, ThreadLocalRandom rnd, int thinkMin, int thinkMax, boolean[] stop)
            throws Exception {
        PortfolioLoad.View v = new PortfolioLoad.View(session);
        v.open(recording);
        try {
            for (int i = 0; i < 4 && !stop[0]; i++) {
                CheckLoad.sleep(thinkMin + rnd.nextInt(Math.max(1, thinkMax - thinkMin)));
                if (rnd.nextBoolean()) {
                    v.change("search", recording, v.search, SEARCHES[rnd.nextInt(SEARCHES.length)]);
                } else {
                    v.change("country", recording, v.country, v.countryKeys.get(rnd.nextInt(3)));
                }
            }
        } finally {
            session.close();
        }
    }

    /** {@code jstat -gc PID 200}: one process streaming a line every 200 ms; keeps the first and the largest. */
    static final class HeapSampler {
        private final Process process;
        private final Thread reader;
        private volatile double[] first;
        private volatile double maxOld;
        private volatile double maxUsed;
        private volatile int samples;
        private volatile int youngGcs;
        private volatile int fullGcs;
        private volatile int firstYoung = -1;
        private volatile int firstFull = -1;

        HeapSampler(String pid) throws Exception {
            process = new ProcessBuilder(System.getProperty("java.home") + "/bin/jstat", "-gc", pid, "200")
                    .redirectErrorStream(true).start();
            reader = Thread.ofPlatform().daemon().start(this::read);
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                List<String> header = null;
                String line;
                while ((line = in.readLine()) != null) {
                    String[] parts = line.trim().split("\\s+");
                    if (parts[0].equals("S0C")) {
                        header = Arrays.asList(parts);
                        continue;
                    }
                    if (header == null || parts.length != header.size()) {
                        continue;
                    }
                    double s0 = num(parts, header, "S0U");
                    double s1 = num(parts, header, "S1U");
                    double eden = num(parts, header, "EU");
                    double old = num(parts, header, "OU");
                    int ygc = (int) num(parts, header, "YGC");
                    int fgc = (int) num(parts, header, "FGC");
                    if (first == null) {
                        first = new double[]{old, s0 + s1 + eden + old};
                        firstYoung = ygc;
                        firstFull = fgc;
                    }
                    maxOld = Math.max(maxOld, old);
                    maxUsed = Math.max(maxUsed, s0 + s1 + eden + old);
                    youngGcs = ygc - firstYoung;
                    fullGcs = fgc - firstFull;
                    samples++;
                }
            } catch (Exception e) {
                System.err.println("jstat: " + e);
            }
        }

        private static double num(String[] parts, List<String> header, String column) {
            return Double.parseDouble(parts[header.indexOf(column)]);
        }

        void stop() throws InterruptedException {
            process.destroy();
            process.waitFor(5, TimeUnit.SECONDS);
            reader.join(2000);
        }

        void print() {
            if (first == null) {
                System.out.println("jstat: no samples");
                return;
            }
            System.out.printf("jstat every 200 ms during the run (%d samples, %d young and %d full GCs): old gen %.1f"
                            + " MiB at the click, at most %.1f MiB (+%.1f); heap in use (garbage included) %.1f MiB"
                            + " at the click, at most %.1f MiB%n", samples, youngGcs, fullGcs, first[0] / 1024,
                    maxOld / 1024, (maxOld - first[0]) / 1024, first[1] / 1024, maxUsed / 1024);
        }
    }
}
