import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Load generator for the calculation API, JDK only (run with `java scripts/ApiLoad.java ...`). Sends a mixed set of
 * requests (one JSON body per line of the requests file, cycled) and prints throughput and latency percentiles.
 *
 * <pre>
 *   max  URL REQUESTS SECONDS CONNECTIONS   as fast as the server answers, over CONNECTIONS parallel callers
 *   rate URL REQUESTS SECONDS PER_SECOND    a fixed arrival rate; latency counted from the planned send time, so a
 *                                           slow server cannot hide its queueing (no coordinated omission)
 * </pre>
 * Bounded in count and time; it stops by itself. Only for servers on this machine.
 */
public class ApiLoad {

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        URI uri = URI.create(args[1]);
        if (!"localhost".equals(uri.getHost()) && !uri.getHost().startsWith("127.")) {
            throw new IllegalArgumentException("load only a server on this machine");
        }
        List<String> bodies = Files.readAllLines(Path.of(args[2])).stream().filter(l -> !l.isBlank()).toList();
        int seconds = Integer.parseInt(args[3]);
        int n = Integer.parseInt(args[4]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).build();
        HttpRequest[] requests = bodies.stream().map(b -> HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(b)).build()).toArray(HttpRequest[]::new);
        // warm-up, not counted: let the JIT compile the hot paths of the server and of this client before measuring,
        // at the load that is measured (a fixed rate warmed at 32 requests/s left this client's own sending path
        // uncompiled, and its compilation showed as the server's latency in the first seconds of the measured run)
        run(http, requests, 10, "max".equals(mode) ? Math.min(n, 32) : n, mode, null);
        long[] latencies = new long[Math.max(1, seconds * ("max".equals(mode) ? 40_000 : n) + 1024)];
        Result r = run(http, requests, seconds, n, mode, latencies);
        long[] sorted = Arrays.copyOf(latencies, Math.min(r.count, latencies.length));
        Arrays.sort(sorted);
        System.out.printf("mode=%s %s=%d duration=%ds requests=%d errors=%d throughput=%.0f req/s p50=%.2f ms "
                        + "p90=%.2f ms p99=%.2f ms max=%.2f ms%n", mode, "max".equals(mode) ? "connections" : "rate",
                n, seconds, r.count, r.errors, r.count / (double) seconds, pct(sorted, 50), pct(sorted, 90),
                pct(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        System.exit(0);
    }

    record Result(int count, int errors) {
    }

    static Result run(HttpClient http, HttpRequest[] requests, int seconds, int n, String mode, long[] latencies)
            throws InterruptedException {
        AtomicInteger count = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            if ("max".equals(mode)) {
                for (int c = 0; c < n; c++) {
                    int offset = c;
                    pool.submit(() -> {
                        int i = offset;
                        while (System.nanoTime() < end) {
                            long t0 = System.nanoTime();
                            send(http, requests[i++ % requests.length], t0, count, errors, latencies);
                        }
                    });
                }
            } else {
                long interval = TimeUnit.SECONDS.toNanos(1) / n;
                long start = System.nanoTime();
                AtomicLong planned = new AtomicLong();
                for (long k = 0; ; k++) {
                    long due = start + k * interval;
                    if (due >= end) {
                        break;
                    }
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    HttpRequest req = requests[(int) (k % requests.length)];
                    planned.incrementAndGet();
                    pool.submit(() -> send(http, req, due, count, errors, latencies));
                }
            }
        }
        return new Result(count.get(), errors.get());
    }

    static void send(HttpClient http, HttpRequest req, long plannedAt, AtomicInteger count, AtomicInteger errors,
                     long[] latencies) {
        try {
            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            long took = System.nanoTime() - plannedAt;
            int i = count.getAndIncrement();
            if (latencies != null && i < latencies.length) {
                latencies[i] = took;
            }
            if (r.statusCode() != 200) {
                errors.incrementAndGet();
            }
        } catch (Exception e) {
            errors.incrementAndGet();
            count.incrementAndGet();
        }
    }

    static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, idx)] / 1e6;
    }
}
