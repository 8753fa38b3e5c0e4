package eu.ondernemerscheck.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import eu.ondernemerscheck.support.TotpCodes;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Signs a demo account in the way its user does: password, then the second factor. At the first sign-in it enrols,
 * reading the secret shown on screen as an authenticator app would and keeping screenshots of the enrolment; later
 * sign-ins compute the code from that secret. A code counts once, so each sign-in takes a later step than the last.
 */
final class DemoSignIn {

    private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    private DemoSignIn() {
    }

    /** Up to the second-factor view: e-mail address and password only. */
    static void password(Page page, RunningApp app, String[] account) {
        page.navigate(app.baseUrl() + "login");
        page.getByLabel("E-mailadres").fill(account[0]);
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(account[1]);
        page.locator("vaadin-button:has-text('Inloggen')").first().click();
        page.waitForURL("**/tweede-factor");
    }

    /** Password and second factor; ends on the start page. */
    static void signIn(Page page, RunningApp app, String[] account) {
        password(page, app, account);
        secondFactor(page, app, account);
    }

    /** On the second-factor view: enrols or types the code; ends on the start page. */
    static synchronized void secondFactor(Page page, RunningApp app, String[] account) {
        String secret = SECRETS.get(account[0]);
        if (secret == null) {
            Locator shown = page.locator("#totp-secret");
            assertThat(shown).isVisible();
            assertThat(page.locator("#totp-uri")).containsText("otpauth://totp/Ondernemerscheck:");
            secret = shown.textContent().replace(" ", "");
            Browser.screenshot(page, "second-factor-enrolment");
            page.locator("#totp-code input").fill(nextCode(page, account[0], secret));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bevestigen")).click();
            assertThat(page.locator("#recovery-codes li")).hasCount(10);
            Browser.screenshot(page, "second-factor-recovery-codes");
            SECRETS.put(account[0], secret);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ik heb de herstelcodes bewaard"))
                    .click();
        } else {
            page.locator("#second-factor-code input").fill(nextCode(page, account[0], secret));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Doorgaan")).click();
        }
        page.waitForURL(app.baseUrl());
    }

    /** The code of the current step, or of the next one when the current one was used already. */
    private static String nextCode(Page page, String email, String secret) {
        long last = LAST_STEP.getOrDefault(email, Long.MIN_VALUE);
        // the server accepts one step ahead; beyond that, wait for the clock to catch up
        page.waitForCondition(() -> TotpCodes.currentStep() + 1 > last,
                new Page.WaitForConditionOptions().setTimeout(65_000));
        long step = Math.max(TotpCodes.currentStep(), last + 1);
        LAST_STEP.put(email, step);
        return TotpCodes.code(secret, step);
    }
}
