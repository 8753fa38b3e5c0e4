package eu.ondernemerscheck.adapter.web.security;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationContext;
import eu.ondernemerscheck.application.audit.port.in.RecordSecurityEventUseCase;
import org.springframework.beans.factory.ObjectProvider;

import java.io.Serial;
import java.util.List;

/**
 * Vaadin's own decision on a navigation (the view's access annotation), and when it refuses a signed-in user, an
 * {@code access.denied} entry in the audit trail naming the route as declared (its template, never the ids or query
 * of the address, which may point at a firm's records), like a refused service call (ASVS 16.3.2). Refusals of
 * anonymous visitors are not recorded: each is a visit before signing in. Access checks made to build the menu are
 * not navigations and are not recorded either.
 */
final class RefusedNavigationRecorder implements AccessCheckDecisionResolver {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AccessCheckDecisionResolver decision = new DefaultAccessCheckDecisionResolver();
    private final transient ObjectProvider<RecordSecurityEventUseCase> events;

    RefusedNavigationRecorder(ObjectProvider<RecordSecurityEventUseCase> events) {
        this.events = events;
    }

    @Override
    public AccessCheckResult resolve(List<AccessCheckResult> results, NavigationContext context) {
        AccessCheckResult result = decision.resolve(results, context);
        if ((result.decision() == AccessCheckDecision.DENY || result.decision() == AccessCheckDecision.REJECT)
                && context.isNavigating() && !context.isErrorHandling() && context.getPrincipal() != null) {
            events.getObject().accessDenied(routeOf(context.getNavigationTarget()));
        }
        return result;
    }

    /** "route /klanten" for the view's declared template; "route (class name)" for a target without one. */
    static String routeOf(Class<?> target) {
        Route route = target == null ? null : target.getAnnotation(Route.class);
        if (route == null) {
            return "route (" + (target == null ? "unknown" : target.getSimpleName()) + ")";
        }
        return "route /" + route.value();
    }
}
