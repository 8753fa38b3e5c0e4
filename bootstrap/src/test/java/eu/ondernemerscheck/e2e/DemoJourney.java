package eu.ondernemerscheck.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A journey in headless Chromium against the shared demo instance of the packaged app ({@link RunningApp#demo()}).
 * Each test class gets a browser of its own, closed after its last test; the app stays up for the next class.
 */
abstract class DemoJourney {

    static RunningApp app;
    static Browser browser;

    @BeforeAll
    static void startBrowserOnDemoApp() {
        app = RunningApp.demo();
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }
}
