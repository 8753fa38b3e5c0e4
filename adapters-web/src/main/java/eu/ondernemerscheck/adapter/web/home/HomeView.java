package eu.ondernemerscheck.adapter.web.home;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import eu.ondernemerscheck.adapter.web.security.SignedInUser;
import jakarta.annotation.security.PermitAll;

/** The start page after signing in: tells each role what to do first. */
@Route("")
@PageTitle("Start | Ondernemerscheck")
@Menu(order = 0, title = "Start")
@PermitAll
class HomeView extends VerticalLayout {

    HomeView(AuthenticationContext authentication) {
        addClassName("oc-page");
        SignedInUser user = authentication.getAuthenticatedUser(SignedInUser.class).orElseThrow();
        add(new H2("Welkom, " + user.displayName()));
        switch (user.role()) {
            case ACCOUNTANT -> add(new Paragraph("Begin in uw portefeuille: daar staan al uw klanten."),
                    link("Naar de portefeuille", "portefeuille"));
            case ADMIN -> add(new Paragraph("Controleer de tarieven per regeling en hun bronnen."));
            case CLIENT -> add(new Paragraph("Vul uw Ondernemerscheck in en stuur hem naar uw accountant."),
                    link("Naar mijn check", "mijn-check"));
        }
        add(link("Bekijk de regelingen en voor welke jaren er tarieven zijn", "regelingen"));
    }

    /** A link the Vaadin router follows without reloading the page. */
    static Anchor link(String text, String route) {
        Anchor a = new Anchor(route, text);
        a.getElement().setAttribute("router-link", true);
        return a;
    }
}
