package eu.ondernemerscheck.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Journey 4 on the packaged jar with demo data: the demo accountant filters the portfolio, opens a client, changes a
 * fact and sees the figure and its explanation follow, then saves.
 */
class PortfolioJourneyIT extends DemoJourney {

    @Test
    void theAccountantFiltersOpensAClientAndSeesAChangedFactMoveTheFigureAndItsExplanation() {
        Page page = browser.newPage();
        DemoSignIn.signIn(page, app, app.demoAccount("ACCOUNTANT"));
        page.navigate(app.baseUrl() + "portefeuille");

        // the demo facts are for 2025
        Browser.choose(page, page.locator("vaadin-select").first(), "2025");
        // a filter's choices come from its list in the browser; the choice reaches the grid and the address
        Locator grid = page.locator("vaadin-grid");
        Browser.choose(page, page.locator("vaadin-select").nth(1), "België");
        // the grid reuses its cells while a filter takes effect; the count says when it has (one Belgian demo client)
        assertThat(page.getByText("1 klant", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(grid).containsText("Peeters Consult");
        page.waitForURL(Pattern.compile(".*/portefeuille\\?.*land=BE.*"));
        Browser.choose(page, page.locator("vaadin-select").nth(1), "Alle landen");
        assertThat(page.getByText("3 klanten", new Page.GetByTextOptions().setExact(true))).isVisible();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Zoek op naam")).fill("Bakkerij");
        assertThat(grid).containsText("Bakkerij De Zon");
        // 28% of the demo bakery's 2,901 of investments (KIA-02 of the sample cases)
        assertThat(grid).containsText("€ 812,28");
        assertThat(grid).not().containsText("Peeters Consult");
        Browser.screenshot(page, "portfolio-filtered");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bakkerij De Zon")).click();
        page.waitForURL(Pattern.compile(".*/klanten/\\d+\\?jaar=2025$"));
        Locator kia = page.locator(".oc-scheme[data-scheme='nl-kia']");
        assertThat(kia.locator(".oc-figure")).containsText("812,28");

        Locator amount = kia.locator("vaadin-text-field[data-input='investment_total_eur'] input");
        amount.fill("3.000");
        amount.press("Tab");
        assertThat(kia.locator(".oc-figure")).containsText("840,00");
        kia.locator("vaadin-details-summary").click();
        assertThat(kia.locator("vaadin-details")).containsText("3.000");
        Browser.screenshot(page, "client-workspace-changed");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gegevens bewaren")).click();
        assertThat(page.getByText("bewaard en opnieuw berekend")).isVisible();
        page.navigate(app.baseUrl() + "portefeuille");
        Browser.choose(page, page.locator("vaadin-select").first(), "2025");
        assertThat(page.locator("vaadin-grid")).containsText("€ 840,00");
    }
}
