package eu.ondernemerscheck.e2e;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;

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

    /**
     * Picks an option of a drop-down as a person does: opens it, clicks the option by its text, and waits until the
     * list has closed, so the next step never clicks into a closing list. A click that lands while another list is
     * still closing does not open this one; it is clicked again (three times at most).
     */
    public static void choose(Page page, Locator dropDown, String option) {
        Locator item = page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true));
        for (int attempt = 1; ; attempt++) {
            dropDown.click();
            try {
                item.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(5_000));
                break;
            } catch (TimeoutError notOpened) {
                if (attempt == 3) {
                    screenshot(page, "drop-down-not-opened");
                    throw notOpened;
                }
            }
        }
        item.click();
        item.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
