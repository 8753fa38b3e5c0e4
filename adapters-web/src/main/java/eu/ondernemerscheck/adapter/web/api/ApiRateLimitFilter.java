package eu.ondernemerscheck.adapter.web.api;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Limits the public API per client address with a token bucket: a burst of {@code capacity} requests, refilled at
 * {@code perMinute} a minute. Beyond that: 429 with Retry-After. The client address is the connection's address;
 * forwarded-for headers count only where the server is configured to trust a proxy.
 */
class ApiRateLimitFilter extends OncePerRequestFilter {

    /** Forget buckets of addresses that stayed away this long, so the table cannot grow without bound. */
    private static final long IDLE_NANOS = TimeUnit.MINUTES.toNanos(10);
    private static final int SWEEP_ABOVE = 10_000;

    private final long capacity;
    private final long perMinute;
    private final ConcurrentHashMap<String, Entry> buckets = new ConcurrentHashMap<>();

    private record Entry(Bucket bucket, long[] lastSeen) {
    }

    ApiRateLimitFilter(long capacity, long perMinute) {
        this.capacity = capacity;
        this.perMinute = perMinute;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = System.nanoTime();
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(e -> now - e.lastSeen()[0] > IDLE_NANOS);
        }
        Entry entry = buckets.computeIfAbsent(request.getRemoteAddr(), a -> new Entry(newBucket(), new long[1]));
        entry.lastSeen()[0] = now;
        ConsumptionProbe probe = entry.bucket().tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long waitSeconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(waitSeconds));
        ResponseEntity<byte[]> problem = Problem.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                "Te veel aanvragen", "Te veel aanvragen vanaf dit adres. Probeer het over " + waitSeconds
                        + " seconden opnieuw.", java.util.List.of(), headers);
        response.setStatus(problem.getStatusCode().value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(waitSeconds));
        response.setContentType(Problem.PROBLEM_JSON.toString());
        byte[] body = problem.getBody();
        response.setContentLength(body == null ? 0 : body.length);
        if (body != null) {
            response.getOutputStream().write(body);
        }
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(capacity)
                .refillGreedy(perMinute, Duration.ofMinutes(1)).build()).build();
    }
}
