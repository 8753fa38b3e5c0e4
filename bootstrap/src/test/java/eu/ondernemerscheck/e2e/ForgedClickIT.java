package eu.ondernemerscheck.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * TC-07 (ASVS 8.3.1): a click the server did not offer does nothing. On the forgotten-password form the button
 * "Link versturen" is disabled on the server once a link was requested; a second click would make a second link and
 * send a second mail. The browser forges that click twice: the button is re-enabled in the page and clicked, and a
 * click event for the button's node is sent through Vaadin's own client. The same forged event sent while the button
 * was still enabled does send a mail, so the forgery reaches the server; once disabled, no further mail is sent.
 */
class ForgedClickIT extends DemoJourney {

    /** A click event as the Vaadin client sends it for a button, with every field the click listener reads. */
    private static final String FORGE = """
            button => {
              const client = Object.entries(window.Vaadin.Flow.clients)
                  .filter(([id]) => id !== 'TypeScript').map(([, c]) => c)[0];
              client.sendEventMessage(client.getNodeId(button), 'click', {
                'event.screenX': 10, 'event.screenY': 10, 'event.clientX': 10, 'event.clientY': 10,
                'event.detail': 1, 'event.button': 0, 'event.shiftKey': false, 'event.ctrlKey': false,
                'event.altKey': false, 'event.metaKey': false });
            }""";
    private static final String IDLE = """
            () => Object.entries(window.Vaadin.Flow.clients).filter(([id]) => id !== 'TypeScript')
                .every(([, c]) => !c.isActive())""";

    private static Locator resetMailsTo(Page admin, String email) {
        admin.navigate(app.baseUrl() + "verzonden-email");
        assertThat(admin.locator("h2:has-text('Verzonden e-mail')")).isVisible();
        return admin.locator(".oc-mail").filter(new Locator.FilterOptions().setHasText("Aan: " + email))
                .filter(new Locator.FilterOptions().setHasText("Nieuw wachtwoord voor de Ondernemerscheck"));
    }

    @Test
    void aForgedClickOnADisabledButtonChangesNothing() {
        String accountant = app.demoAccount("ACCOUNTANT")[0];
        Page admin = browser.newPage();
        DemoSignIn.signIn(admin, app, app.demoAccount("ADMIN"));
        int before = resetMailsTo(admin, accountant).count();

        Page visitor = browser.newPage();
        visitor.navigate(app.baseUrl() + "wachtwoord-vergeten");
        visitor.getByLabel("E-mailadres").fill(accountant);
        // leaving the field commits its value to the server, as a real click on the button would first
        visitor.getByLabel("E-mailadres").press("Tab");
        Locator send = visitor.locator("vaadin-button:has-text('Link versturen')");
        visitor.waitForFunction(IDLE);

        // the forgery works on an enabled button: the server acts on it
        send.evaluate(FORGE);
        assertThat(visitor.getByText("Als er een account bij dit e-mailadres hoort")).isVisible();
        assertThat(send).isDisabled();
        visitor.waitForFunction(IDLE);
        assertThat(resetMailsTo(admin, accountant)).hasCount(before + 1);

        // re-enabled in the page and clicked
        send.evaluate("b => { b.disabled = false; b.removeAttribute('disabled'); b.click(); }");
        visitor.waitForFunction(IDLE);
        // sent straight through the Vaadin client, whatever the page shows
        send.evaluate(FORGE);
        visitor.waitForFunction(IDLE);
        Browser.screenshot(visitor, "forged-click-ignored");

        // no second link was made and mailed
        assertEquals(before + 1, resetMailsTo(admin, accountant).count());
    }
}
