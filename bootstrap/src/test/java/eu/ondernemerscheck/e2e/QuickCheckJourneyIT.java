package eu.ondernemerscheck.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar in headless Chromium: an anonymous visitor of the demo firm's quick check answers NL questions, sees
 * the KIA change, opens the explanation and leaves contact details; the demo accountant then finds the lead.
 */
class QuickCheckJourneyIT extends DemoJourney {

    @Test
    void aVisitorLeavesContactDetailsAndTheDemoAccountantSeesTheLead() {
        Page page = browser.newPage();
        page.navigate(app.demoCheckUrl());
        assertThat(page.getByText("Demokantoor Van Dijk & Peeters").first()).isVisible();
        page.getByText("Nederland", new Page.GetByTextOptions().setExact(true)).click();

        Locator kia = page.locator("[data-scheme='nl-kia']");
        Locator figure = kia.locator(".oc-figure");
        assertThat(figure).isVisible();
        String before = figure.textContent();
        Locator amount = kia.locator("vaadin-text-field[data-input='investment_total_eur'] input");
        amount.fill("50.000");
        amount.press("Tab");
        assertThat(figure).not().hasText(before);
        assertThat(figure).containsText("€");

        kia.locator("vaadin-details-summary").click();
        assertThat(kia.locator(".oc-steps li").first()).isVisible();
        assertThat(kia.locator(".oc-rate-version")).containsText("Tariefversie");
        Browser.screenshot(page, "quick-check-explained");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Neem contact met mij op")).click();
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("E2E Bezoeker");
        page.getByLabel("E-mailadres").fill("bezoeker@example.nl");
        page.getByLabel("Korte toelichting").fill("Graag advies over mijn investeringen.");
        Locator send = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen"));
        send.click();
        assertThat(page.locator(".oc-contact vaadin-checkbox[invalid]")).isVisible();
        page.locator(".oc-contact vaadin-checkbox input").check();
        send.click();
        assertThat(page.locator(".oc-thanks")).containsText("Demokantoor Van Dijk & Peeters");
        Browser.screenshot(page, "quick-check-sent");

        String[] accountant = app.demoAccount("ACCOUNTANT");
        Page office = browser.newPage();
        DemoSignIn.signIn(office, app, accountant);
        office.navigate(app.baseUrl() + "aanvragen");
        assertThat(office.getByText("E2E Bezoeker")).isVisible();
        assertThat(office.locator("vaadin-text-field input").first()).hasValue(
                java.util.regex.Pattern.compile(".*/check/[0-9a-f-]{36}$"));
        Browser.screenshot(office, "leads");
    }

    @Test
    void aBelgianVisitorChoosesFromTheDropDownsWithTheMouseAndWithTheKeyboard() {
        Page page = browser.newPage();
        page.navigate(app.demoCheckUrl());
        page.getByText("België", new Page.GetByTextOptions().setExact(true)).click();

        Locator activity = page.locator("[data-scheme='be-vat-exemption'] vaadin-select[data-input='activity']");
        assertThat(activity.locator("vaadin-select-value-button")).hasText("Gewone activiteit");

        Locator cars = page.locator("[data-scheme='be-car-deductibility']");
        assertThat(cars.locator(".oc-problem")).containsText("Brandstof");
        cars.locator("vaadin-select[data-input='fuel']").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Diesel").setExact(true)).click();
        assertThat(cars.locator("vaadin-select[data-input='fuel'] vaadin-select-value-button")).hasText("Diesel");
        assertThat(cars.locator(".oc-problem")).not().containsText("Brandstof");

        Locator benefit = page.locator("[data-scheme='be-company-car-benefit']");
        assertThat(benefit.locator(".oc-problem")).containsText("Brandstof");
        benefit.locator("vaadin-select[data-input='fuel'] vaadin-select-value-button").focus();
        page.keyboard().press("Enter");
        // the list opens on the first option; the other drop-downs' lists stay in the page, so look at the focused one
        assertThat(page.locator("vaadin-select-item[focused]")).hasText("Benzine");
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("vaadin-select-item[focused]")).hasText("Diesel");
        page.keyboard().press("Enter");
        assertThat(benefit.locator("vaadin-select[data-input='fuel'] vaadin-select-value-button")).hasText("Diesel");
        assertThat(benefit.locator(".oc-problem")).not().containsText("Brandstof");
        Browser.screenshot(page, "quick-check-drop-downs");
    }

    @Test
    void theCheckFitsAPhoneScreen() {
        Page phone = browser.newPage(390, 844);
        phone.navigate(app.demoCheckUrl());
        phone.getByText("België", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(phone.locator("[data-scheme='be-vat-exemption']")).isVisible();
        Object overflow = phone.evaluate("document.documentElement.scrollWidth > window.innerWidth");
        assertTrue(Boolean.FALSE.equals(overflow), "no sideways scrolling on a 390 px screen");
        assertTrue(Files.exists(Browser.screenshot(phone, "quick-check-390px")));
    }

    @Test
    void anUnknownLinkShowsAPlainPage() {
        Page page = browser.newPage();
        page.navigate(app.baseUrl() + "check/00000000-0000-0000-0000-000000000000");
        assertThat(page.getByText("Deze link is niet geldig")).isVisible();
    }
}
