package eu.ondernemerscheck.adapter.requests;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class RequestsInFlightTest {

    private final RequestsInFlight requests = new RequestsInFlight();
    private final CountDownLatch answered = new CountDownLatch(1);

    /** A request whose answer takes until {@link #answered} is counted down. */
    private CompletableFuture<Void> slowRequest() {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Void> request = CompletableFuture.runAsync(() -> {
            try {
                requests.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), (rq, rs) -> {
                    started.countDown();
                    try {
                        answered.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (IOException | ServletException e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> started.getCount() == 0);
        return request;
    }

    @Test
    void withNoRequestBeingServedBackgroundWorkGoesOnAtOnce() {
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> requests.giveWay(Duration.ofMinutes(1))))
                .as("nothing was in flight").isTrue();
    }

    @Test
    void backgroundWorkWaitsUntilTheRequestIsAnswered() {
        CompletableFuture<Void> request = slowRequest();
        assertThat(requests.inFlight()).isEqualTo(1);
        CompletableFuture<Boolean> background = CompletableFuture.supplyAsync(
                () -> requests.giveWay(Duration.ofMinutes(1)));

        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !background.isDone());

        answered.countDown();
        await().atMost(Duration.ofSeconds(5)).until(background::isDone);
        assertThat(background.join()).as("the request was answered within the bound").isTrue();
        await().atMost(Duration.ofSeconds(5)).until(request::isDone);
        assertThat(requests.inFlight()).isZero();
    }

    @Test
    void backgroundWorkWaitsNoLongerThanItsBoundUnderSteadyUse() {
        CompletableFuture<Void> request = slowRequest();
        try {
            assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> requests.giveWay(Duration.ofMillis(50))))
                    .as("the request was still being served at the bound").isFalse();
            assertThat(request).isNotDone();
        } finally {
            answered.countDown();
        }
    }

    @Test
    void aRequestThatFailsIsNoLongerCounted() {
        try {
            requests.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), (rq, rs) -> {
                throw new IOException("connection reset");
            });
        } catch (IOException | ServletException expected) {
            // the request's failure is the container's to handle
        }
        assertThat(requests.inFlight()).isZero();
    }
}
