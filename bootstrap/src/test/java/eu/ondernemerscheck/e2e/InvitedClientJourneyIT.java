package eu.ondernemerscheck.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar in headless Chromium, journeys 2 and 3: the demo accountant invites a new client; the invitation
 * reaches the mail catcher; the client sets a password, fills in the first step of the check, saves a draft of the
 * second and signs out; on another device (a phone, 390 px wide) the client signs in again, finds the draft and
 * submits it; the accountant reviews the proposal and takes it over, and the client then sees the accepted figure
 * with its explanation.
 */
class InvitedClientJourneyIT extends DemoJourney {

    private static final Pattern INVITATION = Pattern.compile("uitnodiging/[A-Za-z0-9_-]{20,}");

    @Test
    void anInvitedClientFillsSavesResumesAndSubmitsAndTheAccountantAcceptsIt() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "klant-" + suffix + "@example.nl";
        String clientName = "E2E Klant " + suffix;
        String password = "Zonnebloem-fiets-7394-Regenboog";

        Page office = browser.newPage();
        DemoSignIn.signIn(office, app, app.demoAccount("ACCOUNTANT"));
        office.navigate(app.baseUrl() + "portefeuille");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Klant uitnodigen")).click();
        office.getByLabel("E-mailadres van de klant").fill(email);
        office.getByLabel("Naam van de nieuwe klant").fill(clientName);
        // the dialog is attached after the portfolio and its filters, so its country field is the last select
        office.locator("vaadin-select").last().click();
        office.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Nederland")).click();
        office.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Rechtsvorm")).fill("eenmanszaak");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitnodiging versturen")).click();
        assertThat(office.getByText(clientName).first()).isVisible();

        String link = invitationLinkFor(email);

        Page laptop = browser.newPage();
        laptop.navigate(link);
        laptop.getByLabel("Uw naam").fill(clientName);
        laptop.getByLabel("Wachtwoord (minstens 8 tekens)").fill(password);
        laptop.getByLabel("Herhaal het wachtwoord").fill(password);
        laptop.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account aanmaken")).click();
        laptop.waitForURL("**/login");

        signInAsClient(laptop, email, password);
        laptop.navigate(app.baseUrl() + "mijn-check");
        Locator kia = laptop.locator(".oc-scheme[data-scheme='nl-kia']");
        assertThat(kia).isVisible();
        Locator amount = kia.locator("vaadin-text-field[data-input='investment_total_eur'] input");
        amount.fill("2.901");
        amount.press("Tab");
        assertThat(kia.locator(".oc-figure")).containsText("€");
        Browser.screenshot(laptop, "client-check-step-1");
        laptop.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende")).click();
        laptop.waitForURL(Pattern.compile(".*/mijn-check/\\d{4}/2$"));
        String year = year(laptop);

        Locator kor = laptop.locator(".oc-scheme[data-scheme='nl-kor']");
        Locator turnover = kor.locator("vaadin-text-field[data-input='taxable_turnover_eur'] input");
        turnover.fill("12,34,5");
        turnover.press("Tab");
        assertThat(kor.locator("vaadin-text-field[data-input='taxable_turnover_eur'][invalid]")).isVisible();
        assertThat(turnover).hasValue("12,34,5");
        turnover.fill("15.000");
        turnover.press("Tab");
        laptop.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Concept bewaren")).click();
        assertThat(laptop.locator(".oc-proposal-status[data-status='DRAFT']")).isVisible();
        Browser.screenshot(laptop, "client-check-draft-saved");
        laptop.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen")).click();
        laptop.waitForURL(Pattern.compile(".*/login.*"));

        Page phone = browser.newPage(390, 844);
        signInAsClient(phone, email, password);
        phone.navigate(app.baseUrl() + "mijn-check/" + year + "/overzicht");
        Locator summary = phone.locator(".oc-summary");
        assertThat(summary).containsText("€ 2.901,00");
        assertThat(summary).containsText("€ 15.000,00");
        Object overflow = phone.evaluate("document.documentElement.scrollWidth > window.innerWidth");
        assertTrue(Boolean.FALSE.equals(overflow), "no sideways scrolling on a 390 px screen");
        Browser.screenshot(phone, "client-check-resumed-390px");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indienen bij mijn accountant"))
                .click();
        assertThat(phone.locator(".oc-proposal-status[data-status='SUBMITTED']")).isVisible();

        office.navigate(app.baseUrl() + "voorstellen");
        office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(clientName).setExact(true)).click();
        office.waitForURL(Pattern.compile(".*/voorstel/\\d+$"));
        Locator changes = office.locator("vaadin-grid.oc-changes");
        assertThat(changes).containsText("€ 2.901,00");
        assertThat(changes).containsText("€ 15.000,00");
        Browser.screenshot(office, "proposal-review");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Alles overnemen")).click();
        office.waitForURL("**/voorstellen");
        assertThat(office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(clientName).setExact(true))).hasCount(0);

        phone.reload();
        assertThat(phone.locator(".oc-proposal-status[data-status='ACCEPTED']")).isVisible();
        Locator accepted = phone.locator(".oc-accepted-figures .oc-scheme[data-scheme='nl-kia']");
        assertThat(accepted.locator(".oc-figure")).containsText("€");
        accepted.locator("vaadin-details-summary").click();
        assertThat(accepted.locator(".oc-steps li").first()).isVisible();
        assertThat(accepted.locator(".oc-rate-version")).containsText("Tariefversie");
        Browser.screenshot(phone, "client-check-accepted-390px");
    }

    @Test
    void theDemoClientAccountOpensTheDemoBakerysOwnCheck() {
        String[] client = app.demoAccount("CLIENT");
        Page page = browser.newPage();
        signInAsClient(page, client[0], client[1]);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar mijn check")).click();
        page.waitForURL(Pattern.compile(".*/mijn-check.*"));
        assertThat(page.getByText("Bakkerij De Zon")).isVisible();
        assertThat(page.locator(".oc-scheme[data-scheme='nl-kia']")).isVisible();
    }

    /** The year the check opened on, from the address it went to. */
    private static String year(Page page) {
        Matcher m = Pattern.compile("/mijn-check/(\\d{4})/").matcher(page.url() + "/");
        return m.find() ? m.group(1) : String.valueOf(java.time.Year.now().getValue());
    }

    private static void signInAsClient(Page page, String email, String password) {
        page.navigate(app.baseUrl() + "login");
        page.getByLabel("E-mailadres").fill(email);
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.locator("vaadin-button:has-text('Inloggen')").first().click();
        page.waitForURL(app.baseUrl());
    }

    /** The invitation as the mail catcher kept it, read by the demo administrator. */
    private static String invitationLinkFor(String email) {
        Page admin = browser.newPage();
        DemoSignIn.signIn(admin, app, app.demoAccount("ADMIN"));
        admin.navigate(app.baseUrl() + "verzonden-email");
        Locator mail = admin.locator(".oc-mail").filter(new Locator.FilterOptions().setHasText(email)).first();
        assertThat(mail).isVisible();
        Matcher m = INVITATION.matcher(mail.locator("pre").textContent());
        assertTrue(m.find(), "the invitation mail holds a link");
        admin.context().close();
        return app.baseUrl() + m.group();
    }
}
