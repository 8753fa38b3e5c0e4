package eu.ondernemerscheck.domain.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When the next sign-in attempt may be tried, from the recent failures on one account (the typed e-mail address,
 * known or not, so an unknown address behaves exactly like a known one) and from one network address.
 *
 * <p>Per account: the first {@value #FREE_FAILURES} failures within an hour cost nothing; each further one doubles the
 * wait, starting at one second and capped at 15 minutes, so at most about a dozen attempts fit in an hour, far below
 * the 100 failures an hour ASVS 4.0.3 V2.2.1 allows. Per network address: {@value #ADDRESS_FAILURES_PER_MINUTE}
 * failures a minute (security.md §3.2). A successful sign-in or a password reset clears the account's failures. The
 * wait never needs a sleeping thread (which would make a denial of service easier): the attempt is refused at once.
 */
public final class SignInThrottle {

    public static final int FREE_FAILURES = 5;
    public static final Duration ACCOUNT_WINDOW = Duration.ofHours(1);
    public static final Duration MAX_WAIT = Duration.ofMinutes(15);
    public static final int ADDRESS_FAILURES_PER_MINUTE = 30;
    public static final Duration ADDRESS_WINDOW = Duration.ofMinutes(1);
    public static final int HARD_CAP_PER_HOUR = 100;

    private SignInThrottle() {
    }

    /**
     * @param accountFailures the account's failures since its last success, at least those of the last hour
     * @param addressFailures the address's failures, at least those of the last minute
     * @return the moment from which an attempt is allowed again, when that is later than now
     */
    public static Optional<Instant> blockedUntil(List<Instant> accountFailures, List<Instant> addressFailures,
                                                 Instant now) {
        Instant until = null;
        List<Instant> account = within(accountFailures, now.minus(ACCOUNT_WINDOW), now);
        if (account.size() >= HARD_CAP_PER_HOUR) {
            until = account.getFirst().plus(ACCOUNT_WINDOW);
        } else if (account.size() >= FREE_FAILURES) {
            int doublings = Math.min(account.size() - FREE_FAILURES, 20);
            Duration wait = Duration.ofSeconds(1L << doublings);
            if (wait.compareTo(MAX_WAIT) > 0) {
                wait = MAX_WAIT;
            }
            until = account.getLast().plus(wait);
        }
        List<Instant> address = within(addressFailures, now.minus(ADDRESS_WINDOW), now);
        if (address.size() >= ADDRESS_FAILURES_PER_MINUTE) {
            Instant addressUntil = address.get(address.size() - ADDRESS_FAILURES_PER_MINUTE).plus(ADDRESS_WINDOW);
            until = until == null || addressUntil.isAfter(until) ? addressUntil : until;
        }
        return until != null && until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    private static List<Instant> within(List<Instant> moments, Instant from, Instant now) {
        return moments.stream().filter(m -> m.isAfter(from) && !m.isAfter(now))
                .sorted(Comparator.naturalOrder()).toList();
    }
}
