package eu.ondernemerscheck.e2e;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Headless Chromium from the system's packages, driven by Playwright; Playwright never downloads a browser here.
 * Screenshots land in {@code target/screenshots} to be looked at after the run.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    public Browser() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Chromium is missing: install it with apt-get install chromium");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** A new page in its own context (own cookies), desktop-sized unless a width is given. */
    public Page newPage(int width, int height) {
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(width, height).setLocale("nl-NL")).newPage();
    }

    public Page newPage() {
        return newPage(1280, 900);
    }

    public static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
