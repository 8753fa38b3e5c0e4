package eu.ondernemerscheck.application.clients.service;

import eu.ondernemerscheck.application.audit.CurrentActor;
import eu.ondernemerscheck.application.audit.port.out.AuditEvent;
import eu.ondernemerscheck.application.audit.port.out.RecordAuditPort;
import eu.ondernemerscheck.application.clients.port.in.ClientProfileUseCase;
import eu.ondernemerscheck.application.clients.port.in.SaveProfileCommand;
import eu.ondernemerscheck.application.clients.port.out.ClientFactsPort;
import eu.ondernemerscheck.application.clients.port.out.ClientProfilePort;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.portfolio.ClientProfile;
import eu.ondernemerscheck.domain.portfolio.UnknownClientException;
import eu.ondernemerscheck.domain.shared.Actor;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.FirmId;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Client profiles of the signed-in accountant's own firm. The country cannot change once the client has facts: the
 * facts are answers to that country's schemes.
 */
@Service
class ClientProfileService implements ClientProfileUseCase {

    private final ClientProfilePort profiles;
    private final ClientFactsPort facts;
    private final RecordAuditPort audit;
    private final Clock clock;

    ClientProfileService(ClientProfilePort profiles, ClientFactsPort facts, RecordAuditPort audit, Clock clock) {
        this.profiles = profiles;
        this.facts = facts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    @Transactional(readOnly = true)
    public ClientProfile profile(long clientId) {
        TenantContext.require();
        return profiles.loadProfile(clientId).orElseThrow(() -> new UnknownClientException(clientId));
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    @Transactional
    public ClientProfile save(SaveProfileCommand command) {
        FirmId firm = TenantContext.require();
        ClientProfile before = profiles.loadProfile(command.clientId())
                .orElseThrow(() -> new UnknownClientException(command.clientId()));
        if (before.country() != command.country() && !facts.years(command.clientId()).isEmpty()) {
            throw new InvalidInputException(List.of(new FieldError("country", "Het land kan niet meer wijzigen: "
                    + "er zijn al gegevens per jaar voor de regelingen van dit land.")));
        }
        Instant now = clock.instant();
        String by = CurrentActor.name();
        ClientProfile wanted = new ClientProfile(command.clientId(), command.name(), command.country(),
                command.legalForm(), command.vatPosition(), command.startDate(), command.partners(),
                command.expectedVersion(), now, by);
        ClientProfile saved = profiles.saveProfile(wanted, command.expectedVersion(), by, now);
        audit.append(new AuditEvent(now, CurrentActor.get().map(Actor::accountId).orElse(null), by, firm,
                "client.profile.saved", "client " + command.clientId(), describe(before), describe(saved)));
        return saved;
    }

    private static String describe(ClientProfile p) {
        return "{\"country\":\"" + p.country() + "\",\"vatPosition\":\"" + p.vatPosition() + "\",\"partners\":"
                + p.partners().size() + ",\"startDate\":\"" + p.startDate() + "\"}";
    }
}
