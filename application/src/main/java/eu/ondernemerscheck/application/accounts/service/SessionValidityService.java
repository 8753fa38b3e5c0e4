package eu.ondernemerscheck.application.accounts.service;

import eu.ondernemerscheck.application.accounts.port.in.SessionValidityUseCase;
import eu.ondernemerscheck.application.accounts.port.out.SessionStandingPort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;

/** Asked at every signed-in request, so a reset password or a disabled account ends sessions everywhere. */
@Service
class SessionValidityService implements SessionValidityUseCase {

    private final SessionStandingPort standing;

    SessionValidityService(SessionStandingPort standing) {
        this.standing = standing;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean stillValid(long accountId, Instant signedInAt) {
        return standing.signInStillValid(accountId, signedInAt);
    }
}
