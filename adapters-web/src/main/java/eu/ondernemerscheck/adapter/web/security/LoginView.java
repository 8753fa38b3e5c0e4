package eu.ondernemerscheck.adapter.web.security;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.List;

/** Sign in with e-mail address and password. */
@Route(value = "login", autoLayout = false)
@PageTitle("Inloggen | Ondernemerscheck")
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate("wachtwoord-vergeten")));
        login.setI18n(dutch());
        H1 title = new H1("Ondernemerscheck");
        title.addClassName("oc-brand");
        add(title, new Paragraph("Fiscale regelingen voor ondernemers in Nederland en België."), login);
    }

    private static LoginI18n dutch() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle("Inloggen");
        form.setUsername("E-mailadres");
        form.setPassword("Wachtwoord");
        form.setSubmit("Inloggen");
        form.setForgotPassword("Wachtwoord vergeten?");
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle("Inloggen mislukt");
        error.setMessage("Controleer uw e-mailadres en wachtwoord en probeer het opnieuw.");
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> error = event.getLocation().getQueryParameters().getParameters().get("error");
        if (error == null) {
            login.setError(false);
            return;
        }
        LoginI18n i18n = dutch();
        String kind = error.isEmpty() ? "" : error.getFirst();
        if ("wacht".equals(kind)) {
            i18n.getErrorMessage().setTitle("Even geduld");
            i18n.getErrorMessage().setMessage("Er is te vaak een verkeerd wachtwoord gegeven. Wacht enkele minuten en "
                    + "probeer het dan opnieuw.");
        } else if ("druk".equals(kind)) {
            i18n.getErrorMessage().setTitle("Het is even te druk");
            i18n.getErrorMessage().setMessage("Probeer het over een paar seconden opnieuw.");
        }
        login.setI18n(i18n);
        login.setError(true);
    }
}
