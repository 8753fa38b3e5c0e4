package eu.ondernemerscheck.application.audit;

import eu.ondernemerscheck.domain.shared.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** The actor of the current request or job, as established by the security layer; empty for anonymous visitors. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Optional<Actor> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof Actor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }

    /** Who acts now, for "changed by" notes: the actor's e-mail address, else the signed-in name, else "systeem". */
    public static String name() {
        Optional<Actor> actor = get();
        if (actor.isPresent()) {
            return actor.get().email();
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && auth.getName() != null ? auth.getName() : "systeem";
    }
}
