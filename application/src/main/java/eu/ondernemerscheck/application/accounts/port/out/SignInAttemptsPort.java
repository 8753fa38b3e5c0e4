package eu.ondernemerscheck.application.accounts.port.out;

import java.time.Instant;
import java.util.List;

/** Failed sign-ins per account key (the normalised typed e-mail address) and per network address. */
public interface SignInAttemptsPort {

    void recordFailure(String accountKey, String address, Instant at);

    List<Instant> accountFailuresSince(String accountKey, Instant since);

    List<Instant> addressFailuresSince(String address, Instant since);

    void clearAccount(String accountKey);
}
