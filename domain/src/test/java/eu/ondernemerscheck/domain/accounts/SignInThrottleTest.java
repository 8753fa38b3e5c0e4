package eu.ondernemerscheck.domain.accounts;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void fourFailuresCostNothingTheFifthStartsABackOffOfOneSecond() {
        List<Instant> failures = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            failures.add(T0.plusSeconds(i));
        }
        assertTrue(SignInThrottle.blockedUntil(failures, List.of(), T0.plusSeconds(4)).isEmpty());
        failures.add(T0.plusSeconds(4));
        assertEquals(Optional.of(T0.plusSeconds(5)), SignInThrottle.blockedUntil(failures, List.of(), T0.plusSeconds(4)));
        assertTrue(SignInThrottle.blockedUntil(failures, List.of(), T0.plusSeconds(5)).isEmpty());
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToFifteenMinutes() {
        List<Instant> failures = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            failures.add(T0.plusSeconds(i));
        }
        Instant last = failures.getLast();
        assertEquals(Optional.of(last.plusSeconds(2)), SignInThrottle.blockedUntil(failures, List.of(), last));
        failures.add(T0.plusSeconds(6));
        last = failures.getLast();
        assertEquals(Optional.of(last.plusSeconds(4)), SignInThrottle.blockedUntil(failures, List.of(), last));
        for (int i = 7; i < 40; i++) {
            failures.add(T0.plusSeconds(i));
        }
        last = failures.getLast();
        assertEquals(Optional.of(last.plus(Duration.ofMinutes(15))),
                SignInThrottle.blockedUntil(failures, List.of(), last));
    }

    @Test
    void anAttackerWhoWaitsEveryBackOffOutGetsFarFewerThanOneHundredTriesAnHour() {
        List<Instant> failures = new ArrayList<>();
        Instant now = T0;
        while (now.isBefore(T0.plus(Duration.ofHours(1)))) {
            Optional<Instant> blocked = SignInThrottle.blockedUntil(failures, List.of(), now);
            if (blocked.isPresent()) {
                now = blocked.get();
                continue;
            }
            failures.add(now);
            now = now.plusMillis(10);
        }
        assertTrue(failures.size() < SignInThrottle.HARD_CAP_PER_HOUR && failures.size() > 5, "tries: " + failures.size());
    }

    @Test
    void failuresOlderThanAnHourNoLongerCount() {
        List<Instant> failures = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            failures.add(T0.plusSeconds(i));
        }
        assertTrue(SignInThrottle.blockedUntil(failures, List.of(), T0.plus(Duration.ofMinutes(61))).isEmpty());
    }

    @Test
    void thirtyFailuresAMinuteFromOneAddressBlockThatAddress() {
        List<Instant> address = new ArrayList<>();
        for (int i = 0; i < 29; i++) {
            address.add(T0.plusSeconds(i));
        }
        assertTrue(SignInThrottle.blockedUntil(List.of(), address, T0.plusSeconds(30)).isEmpty());
        address.add(T0.plusSeconds(30));
        assertEquals(Optional.of(T0.plusSeconds(60)), SignInThrottle.blockedUntil(List.of(), address, T0.plusSeconds(30)));
    }
}
