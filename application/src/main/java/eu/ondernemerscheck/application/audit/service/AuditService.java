package eu.ondernemerscheck.application.audit.service;

import eu.ondernemerscheck.application.audit.CurrentActor;
import eu.ondernemerscheck.application.audit.port.in.AuditEntry;
import eu.ondernemerscheck.application.audit.port.in.ListAuditTrailUseCase;
import eu.ondernemerscheck.application.audit.port.in.RecordSecurityEventUseCase;
import eu.ondernemerscheck.application.audit.port.out.AuditEvent;
import eu.ondernemerscheck.application.audit.port.out.RecordAuditPort;
import eu.ondernemerscheck.domain.shared.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Security events noticed by the adapters, and the trail for the administrator. */
@Service
class AuditService implements RecordSecurityEventUseCase, ListAuditTrailUseCase {

    private static final System.Logger LOG = System.getLogger("security");

    private final RecordAuditPort trail;
    private final Clock clock;

    AuditService(RecordAuditPort trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("permitAll()")
    @Transactional
    public void accessDenied(String what) {
        Optional<Actor> actor = CurrentActor.get();
        String target = what == null ? "" : what.length() > 200 ? what.substring(0, 200) : what;
        trail.append(new AuditEvent(clock.instant(), actor.map(Actor::accountId).orElse(null),
                actor.map(Actor::email).orElse("anoniem"), actor.flatMap(Actor::firm).orElse(null), "access.denied",
                target, null, null));
        LOG.log(System.Logger.Level.WARNING, "access denied to {0}", target.replaceAll("[\\r\\n]", "_"));
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int limit) {
        return trail.latest(Math.clamp(limit, 1, 500)).stream()
                .map(e -> new AuditEntry(e.at(), e.actor(), e.firm() == null ? null : e.firm().value(), e.action(),
                        e.subject(), e.before(), e.after()))
                .toList();
    }
}
