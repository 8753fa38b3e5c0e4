package eu.ondernemerscheck.security;

import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Security headers, cookie flags and Vaadin's framework paths over real HTTP (TC-24, TC-25; ASVS 3.3, 3.4). */
@IntegrationTest
class BrowserProtectionTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theProductStylesheetLoadsOnAnonymousPagesButNothingElseOpensUp() throws Exception {
        HttpResponse<String> css = get("/styles/ondernemerscheck.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains(".oc-page");
        assertThat(get("/styles/../portefeuille").statusCode()).isNotEqualTo(200);
        assertThat(get("/portefeuille").statusCode()).isEqualTo(302);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> r = get("/login");
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/VAADIN", "/VAADIN/", "/VAADIN/../portefeuille", "/portefeuille", "/inrichten/.."})
    void frameworkPathsWithoutASlashDoNotBypassAuthentication(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.body()).doesNotContain("Bakkerij").doesNotContain("Portefeuille |");
        assertThat(r.statusCode()).as(path).isNotEqualTo(500);
        if (r.statusCode() == 200) {
            assertThat(r.body()).as(path).doesNotContain("portefeuille");
        }
    }

    /** CVE-2026-2742: {@code /VAADIN} without a slash was treated as a framework resource and skipped security. */
    @Test
    void anAnonymousRequestForVaadinWithoutSlashIsSentToTheLoginPage() throws Exception {
        HttpResponse<String> r = get("/VAADIN");
        assertThat(r.statusCode()).isIn(302, 401, 403, 404);
        if (r.statusCode() == 302) {
            assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/login")
                    .doesNotContainIgnoringCase("jsessionid");
        }
    }
}
