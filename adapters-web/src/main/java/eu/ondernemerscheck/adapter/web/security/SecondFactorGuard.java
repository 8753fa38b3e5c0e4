package eu.ondernemerscheck.adapter.web.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A session that has passed the password step only is sent to the second-factor view wherever it navigates,
 * including views open to every signed-in user; views that ask for a role refuse it anyway, as it holds none.
 */
@Component
class SecondFactorGuard implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(enter -> {
            Class<?> target = enter.getNavigationTarget();
            if (target != SecondFactorView.class && target != LoginView.class
                    && SecondFactorSession.awaitingSecondFactor(SecurityContextHolder.getContext().getAuthentication())) {
                enter.forwardTo(SecondFactorView.class);
            }
        }));
    }
}
