package eu.ondernemerscheck.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar in headless Chromium: the login page renders; the demo accountant enrols an authenticator at the
 * first sign-in (the code is computed from the secret on screen) and then reaches the portfolio; the password alone
 * opens nothing.
 */
class LoginJourneyIT extends DemoJourney {

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() {
        Page page = browser.newPage();
        page.navigate(app.baseUrl() + "portefeuille");
        page.waitForURL("**/login");
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page.getByText("Ondernemerscheck").first()).isVisible();
        assertTrue(Files.exists(Browser.screenshot(page, "login")));
    }

    @Test
    void theDemoAccountantSignsInAndSeesTheFirmsClients() {
        String[] accountant = app.demoAccount("ACCOUNTANT");
        Page page = browser.newPage();
        page.navigate(app.baseUrl() + "login");
        String before = sessionId(page);
        DemoSignIn.password(page, app, accountant);
        String afterPassword = sessionId(page);
        DemoSignIn.secondFactor(page, app, accountant);
        // TC-19: a session id known before signing in, or after the password only, is worthless afterwards
        assertNotEquals(before, afterPassword);
        assertNotEquals(afterPassword, sessionId(page));
        page.navigate(app.baseUrl() + "portefeuille");
        assertThat(page.getByText("Bakkerij De Zon")).isVisible();
        Browser.screenshot(page, "portfolio");
    }

    @Test
    void afterThePasswordAloneNoProtectedViewOpens() {
        Page page = browser.newPage();
        DemoSignIn.password(page, app, app.demoAccount("ACCOUNTANT"));
        String passwordOnly = sessionId(page);
        // TC-23: with the password alone every route leads back to the second factor
        page.navigate(app.baseUrl() + "portefeuille");
        page.waitForURL("**/tweede-factor");
        assertThat(page.getByText("Bakkerij De Zon")).not().isVisible();
        page.navigate(app.baseUrl() + "aanvragen");
        page.waitForURL("**/tweede-factor");
        assertThat(page.locator("#second-factor-code, #totp-secret").first()).isVisible();
        assertNotEquals("", passwordOnly);
    }

    private static String sessionId(Page page) {
        return page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value)
                .findFirst().orElseThrow();
    }

    @Test
    void aWrongPasswordIsRefusedWithAPlainMessage() {
        String[] accountant = app.demoAccount("ACCOUNTANT");
        Page page = browser.newPage();
        page.navigate(app.baseUrl() + "login");
        page.getByLabel("E-mailadres").fill(accountant[0]);
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(accountant[1] + "x");
        page.locator("vaadin-button:has-text('Inloggen')").first().click();
        page.waitForURL("**/login?error");
        assertThat(page.getByText("Controleer uw e-mailadres en wachtwoord")).isVisible();
    }
}
