package eu.ondernemerscheck.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TC-20 (ASVS 7.4.1, 3.5.1) on the packaged jar: after signing out, the old session cookie opens nothing, and a
 * Vaadin request recorded while signed in, replayed with its own security key and that cookie, changes nothing.
 */
class SessionReplayIT extends DemoJourney {

    @Test
    @DisplayName("TC-20 replay after logout: the old cookie and an old Vaadin request with its token are refused")
    void afterSigningOutTheOldCookieAndAnOldRequestAreWorthless() throws Exception {
        String[] client = app.demoAccount("CLIENT");
        Page page = browser.newPage();
        page.navigate(app.baseUrl() + "login");
        page.getByLabel("E-mailadres").fill(client[0]);
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(client[1]);
        page.locator("vaadin-button:has-text('Inloggen')").first().click();
        page.waitForURL(app.baseUrl());
        String cookie = page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID"))
                .map(c -> c.value).findFirst().orElseThrow();

        Request uidl = page.waitForRequest(r -> r.method().equals("POST") && r.url().contains("v-r=uidl"),
                () -> page.locator("vaadin-side-nav-item:has-text('Regelingen')").click());
        page.waitForURL("**/regelingen");
        String body = uidl.postData();
        Map<String, String> headers = uidl.headers();
        assertThat(body).contains("csrfToken");

        page.locator("vaadin-button:has-text('Uitloggen')").click();
        page.waitForURL("**/login**");

        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> view = http.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "regelingen"))
                .header("Cookie", "JSESSIONID=" + cookie).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(view.statusCode()).isEqualTo(302);
        assertThat(view.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        HttpRequest.Builder replay = HttpRequest.newBuilder(URI.create(uidl.url()))
                .header("Cookie", "JSESSIONID=" + cookie)
                .header("Content-Type", headers.getOrDefault("content-type", "application/json; charset=UTF-8"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> replayed = http.send(replay.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(replayed.statusCode() != 200 || replayed.body().contains("sessionExpired"))
                .as("replayed request answered %s: %s", replayed.statusCode(), replayed.body()).isTrue();
        assertThat(replayed.body()).doesNotContain("Regelingen");

        page.navigate(app.baseUrl() + "regelingen");
        page.waitForURL("**/login");
        PlaywrightAssertions.assertThat(page.locator("vaadin-login-form")).isVisible();
    }
}
