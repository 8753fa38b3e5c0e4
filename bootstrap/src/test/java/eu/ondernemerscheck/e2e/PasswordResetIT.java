package eu.ondernemerscheck.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The forgotten password on the packaged jar: the demo client asks for a link on the login page, the link arrives in
 * the mail catcher (read by the demo administrator at /verzonden-email), the landing page sends no referrer, and the
 * chosen password signs the client in. The client keeps the demo password (chosen again), so other journeys can
 * still use it.
 */
class PasswordResetIT extends DemoJourney {

    @Test
    void theDemoClientResetsThePasswordThroughTheMailedLink() {
        String[] client = app.demoAccount("CLIENT");
        Page visitor = browser.newPage();
        visitor.navigate(app.baseUrl() + "login");
        visitor.getByText("Wachtwoord vergeten?").click();
        visitor.waitForURL("**/wachtwoord-vergeten");
        visitor.getByLabel("E-mailadres").fill(client[0]);
        visitor.locator("vaadin-button:has-text('Link versturen')").click();
        assertThat(visitor.getByText("Als er een account bij dit e-mailadres hoort")).isVisible();
        Browser.screenshot(visitor, "password-reset-requested");

        Page admin = browser.newPage();
        DemoSignIn.signIn(admin, app, app.demoAccount("ADMIN"));
        admin.navigate(app.baseUrl() + "verzonden-email");
        assertThat(admin.locator(".oc-mail").first()).containsText("Nieuw wachtwoord voor de Ondernemerscheck");
        Matcher link = Pattern.compile("(http\\S+/wachtwoord-herstellen/[A-Za-z0-9_-]{43})")
                .matcher(admin.locator(".oc-mail pre").first().textContent());
        assertTrue(link.find());

        Response landing = visitor.navigate(link.group(1));
        assertEquals("no-referrer", landing.headerValue("referrer-policy"));
        visitor.getByLabel("Nieuw wachtwoord (minstens 8 tekens)").fill(client[1]);
        visitor.getByLabel("Herhaal het nieuwe wachtwoord").fill(client[1]);
        visitor.locator("vaadin-button:has-text('Wachtwoord opslaan')").click();
        visitor.waitForURL("**/login");
        Browser.screenshot(visitor, "password-reset-done");

        visitor.getByLabel("E-mailadres").fill(client[0]);
        visitor.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(client[1]);
        visitor.locator("vaadin-button:has-text('Inloggen')").first().click();
        visitor.waitForURL(app.baseUrl());

        visitor.navigate(link.group(1));
        assertThat(visitor.getByText("Deze link is niet (meer) geldig")).isVisible();
    }
}
