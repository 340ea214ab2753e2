package com.switchboard;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * A headless Chromium driven through Debian's chromium and chromium-driver, with a profile of its
 * own. Without them the calling tests are skipped with a loud warning, except in CI, where they fail.
 */
public final class Chromium implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    private final WebDriver browser;
    private final Path profile;

    /** Every Content-Security-Policy violation of a page, kept in its origin's storage across pages. */
    static final String CSP_LISTENER = """
            document.addEventListener('securitypolicyviolation', e => {
              const seen = JSON.parse(localStorage.getItem('csp-violations') || '[]');
              seen.push(e.violatedDirective + ' ' + e.blockedURI + ' at ' + e.documentURI);
              localStorage.setItem('csp-violations', JSON.stringify(seen));
            });""";

    private Chromium(WebDriver browser, Path profile) {
        this.browser = browser;
        this.profile = profile;
    }

    /** Starts a browser, or skips (in CI: fails) the calling tests when Chromium is not installed. */
    public static Chromium start() throws Exception {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            String message = "Chromium or ChromeDriver missing (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): install the Debian packages chromium and chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + ": browser tests must run in CI");
            }
            System.err.println("\n!!!!!!!! SKIPPING BROWSER TESTS: " + message + " !!!!!!!!\n");
            Assumptions.abort(message);
        }
        Path profile = Files.createTempDirectory("switchboard-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", CSP_LISTENER));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Chromium(browser, profile);
    }

    public WebDriver driver() {
        return browser;
    }

    /**
     * Polls {@code condition} (a script answering true or false) in the page until it holds, and
     * answers after how many milliseconds; fails when it has not held within {@code limit}.
     */
    public long millisUntil(String condition, Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(condition))) {
                return Duration.ofNanos(System.nanoTime() - start).toMillis();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("Not within " + limit.toMillis() + " ms: " + condition);
    }

    /** Signs in through the portal's login form at {@code baseUrl}, and waits for the portal. */
    public void signIn(String baseUrl, String username, String password) {
        browser.get(baseUrl + "/login");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']"))).sendKeys(username);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout")));
    }

    /** Opens {@code url} and waits until an element matches {@code css}. */
    public void open(String url, String css) {
        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    @Override
    public void close() {
        browser.quit();
        FileSystemUtils.deleteRecursively(profile.toFile());
    }
}
