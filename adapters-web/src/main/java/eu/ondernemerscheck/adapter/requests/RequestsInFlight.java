package eu.ondernemerscheck.adapter.requests;

import eu.ondernemerscheck.application.rateimpact.port.out.InteractiveLoadPort;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Counts the HTTP requests being served (screens, API, everything the servlet container hands the app), first of all
 * filters, so background work can give way to them. An adapter of its own next to the web adapter: it serves an
 * outgoing port of the application, which the web adapter may not know (ArchitectureTest r6).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestsInFlight implements Filter, InteractiveLoadPort {

    /** How often a waiting background step looks again: short against a request's 5–50 ms. */
    private static final long LOOK_AGAIN_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final AtomicInteger inFlight = new AtomicInteger();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        inFlight.incrementAndGet();
        try {
            chain.doFilter(request, response);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    @Override
    public boolean giveWay(Duration atMost) {
        long until = System.nanoTime() + atMost.toNanos();
        while (inFlight.get() > 0) {
            if (System.nanoTime() - until >= 0) {
                return false;
            }
            LockSupport.parkNanos(LOOK_AGAIN_NANOS);
        }
        return true;
    }

    /** Requests being served now. */
    int inFlight() {
        return inFlight.get();
    }
}
