package eu.ondernemerscheck.domain.shared;

import java.util.Optional;

/**
 * Someone acting in the application: the account, the name shown in the audit trail, the role and the firm (none for a
 * platform administrator). The tenant of everything they do is this firm and nothing else.
 */
public interface Actor {

    long accountId();

    String email();

    Role role();

    Optional<FirmId> firm();
}
