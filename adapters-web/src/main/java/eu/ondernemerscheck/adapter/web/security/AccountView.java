package eu.ondernemerscheck.adapter.web.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import eu.ondernemerscheck.application.accounts.port.in.SecondFactorUseCase;
import jakarta.annotation.security.RolesAllowed;

import static eu.ondernemerscheck.adapter.web.security.SecurityTexts.text;

/**
 * The user's own account: whether the second factor is on, and for a client (for whom it is optional) the way to
 * switch it on. Administrators and accountants always have it, since they cannot get past sign-in without.
 */
@Route("account")
@Menu(order = 95, title = "Mijn account")
@RolesAllowed({"ADMIN", "ACCOUNTANT", "CLIENT"})
class AccountView extends VerticalLayout implements HasDynamicTitle {

    AccountView(SecondFactorUseCase secondFactor, AuthenticationContext authentication) {
        addClassName("oc-page");
        SignedInUser user = authentication.getAuthenticatedUser(SignedInUser.class).orElseThrow();
        add(new H2(text("account.heading")));
        Paragraph status = new Paragraph();
        status.setId("second-factor-status");
        add(status);
        if (secondFactor.enrolled(user.accountId())) {
            status.setText(text("account.enrolled"));
            return;
        }
        status.setText(text("account.optIn"));
        Button start = new Button(text("account.start"));
        start.addClickListener(e -> {
            start.setVisible(false);
            add(new EnrolmentPanel(secondFactor, user, () -> {
                removeAll();
                add(new H2(text("account.heading")), status);
                status.setText(text("account.enrolled"));
            }));
        });
        add(start);
    }

    @Override
    public String getPageTitle() {
        return text("account.title");
    }
}
