package eu.ondernemerscheck.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Journey 6 on the packaged jar in headless Chromium: the demo administrator opens the rates, sees a parameter's
 * chart and history, enters the Belgian quarterly kilometre rate from April 2026 (a period the shipped data leaves
 * open on purpose), sees that the draft changes nothing yet, previews it, publishes it, and the API computes with it
 * from then on.
 */
class RateChangeJourneyIT extends DemoJourney {

    private static final String REQUEST = "{\"scheme\":\"be-mileage-business\",\"year\":2026,\"inputs\":"
            + "{\"business_km\":100,\"date\":\"2026-05-12\"}}";

    @Test
    void theAdministratorEntersARateAsADraftPublishesItAndTheApiComputesWithIt() throws Exception {
        assertEquals(422, calculate().statusCode(), "no quarterly rate for May 2026 before the change");

        Page page = browser.newPage(1400, 1000);
        DemoSignIn.signIn(page, app, app.demoAccount("ADMIN"));
        page.navigate(app.baseUrl() + "tarieven");
        assertThat(page.getByText("Tariefversie in gebruik").first()).isVisible();

        page.locator("vaadin-select").first().click();
        page.locator("vaadin-select-item", new Page.LocatorOptions()
                .setHasText("Kilometervergoeding dienstverplaatsingen")).click();
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("quarterly")).first().click();
        assertThat(page.getByText("Waarden door de tijd van be.mileage_business.rate_per_km (quarterly)"))
                .isVisible();
        Locator chart = page.locator("img.oc-rate-chart");
        assertThat(chart).isVisible();
        assertTrue(chart.getAttribute("src").startsWith("data:image/svg+xml;base64,"));
        assertTrue((Boolean) chart.evaluate("img => img.complete && img.naturalWidth > 0"),
                "the SVG chart is drawn (the content security policy lets the data image through)");
        Browser.screenshot(page, "rates-history");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Waarde toevoegen")).click();
        page.getByLabel("Waarde", new Page.GetByLabelOptions().setExact(true)).fill("0,4350");
        page.getByLabel("Bron (titel)").fill("FOD BOSA, omzendbrief kilometervergoeding april 2026");
        page.getByLabel("Bron (webadres)").fill("https://bosa.belgium.be/");
        page.getByLabel("Reden van de wijziging").fill("Kwartaaltarief vanaf april 2026 ingevoerd");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Als concept opslaan")).click();
        assertThat(page.getByText("Concept opgeslagen")).isVisible();
        assertEquals(422, calculate().statusCode(), "a draft is not used by the engine");

        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText("Kwartaaltarief vanaf april 2026 ingevoerd")).last().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gevolgen bekijken")).click();
        assertThat(page.getByText("klantresultaten vergeleken")).isVisible();
        Browser.screenshot(page, "rates-draft-preview");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publiceren")).click();
        assertThat(page.getByText("Gepubliceerd")).isVisible();
        Browser.screenshot(page, "rates-published");

        HttpResponse<String> after = calculate();
        assertEquals(200, after.statusCode(), after.body());
        assertTrue(after.body().contains("0.435"), after.body());
        assertTrue(after.body().contains("43.5"), after.body());
    }

    private static HttpResponse<String> calculate() throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.baseUrl()
                        + "api/v1/calculations")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(REQUEST)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
