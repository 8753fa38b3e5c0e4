package eu.ondernemerscheck.adapter.web.security;

import eu.ondernemerscheck.application.audit.port.in.RecordSecurityEventUseCase;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;

/**
 * Puts every call an application service refused (its access rule said no) in the audit trail as a security event,
 * with the signed-in user and firm (ASVS 16.3.2, TC-04, TC-05). Refused page requests of anonymous visitors are not
 * recorded: each of them is simply a visit before signing in.
 */
@Component
class RefusedCallRecorder {

    private final RecordSecurityEventUseCase events;

    RefusedCallRecorder(RecordSecurityEventUseCase events) {
        this.events = events;
    }

    @EventListener
    void refused(AuthorizationDeniedEvent<?> event) {
        if (event.getObject() instanceof MethodInvocation call) {
            events.accessDenied(call.getMethod().getDeclaringClass().getSimpleName() + "."
                    + call.getMethod().getName());
        }
    }
}
