package com.switchboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Journeys in a real headless Chromium (Debian's chromium and chromium-driver) against the running
 * portal. Without them the tests are skipped with a loud warning, except in CI, where they fail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(Demo.class)
public abstract class BrowserTest {

    protected static WebDriver browser;
    private static Chromium chromium;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        chromium = Chromium.start();
        browser = chromium.driver();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
            browser = null;
        }
    }


    /**
     * Leaves the previous journey's page before forgetting its cookies: a portal page still calls the
     * server as it unloads, and a call without cookies would open a session whose cookie replaces the
     * one the sign-in form's CSRF token belongs to, so the next sign-in would fail now and then.
     */
    @BeforeEach
    void freshSession() {
        forgetSession();
    }

    /** Signs the browser out by leaving the current page, then forgetting every cookie. */
    protected void forgetSession() {
        if (browser.getCurrentUrl().startsWith("http://localhost:")) {
            ((JavascriptExecutor) browser).executeScript("window.onbeforeunload = null;");
            open("/actuator/health/liveness");
            waitFor().until(ExpectedConditions.urlContains("/actuator/health/liveness"));
        }
        browser.manage().deleteAllCookies();
    }

    /** No page that a journey visited may have broken the Content-Security-Policy. */
    @org.junit.jupiter.api.AfterEach
    void noContentSecurityPolicyViolations() {
        if (browser == null || !browser.getCurrentUrl().startsWith("http://localhost:" + port)) {
            return;
        }
        Object seen = ((JavascriptExecutor) browser).executeScript(
                "const v = localStorage.getItem('csp-violations') || '[]'; localStorage.removeItem('csp-violations');"
                        + " return v;");
        org.assertj.core.api.Assertions.assertThat(String.valueOf(seen)).as("Content-Security-Policy violations")
                .isEqualTo("[]");
    }

    protected void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    protected WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    protected WebElement find(String css) {
        return waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /** Signs in through the login form. */
    protected void signIn(String username, String password) {
        open("/login");
        WebElement user = waitFor().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")));
        user.sendKeys(username);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        waitFor().withMessage(() -> "the sign-in of " + username + " to end, on " + browser.getCurrentUrl()
                        + " titled '" + browser.getTitle() + "'")
                .until(d -> !d.getCurrentUrl().contains("/login")
                        || !d.findElements(By.cssSelector("vaadin-login-form[error]")).isEmpty());
    }

    /**
     * Runs axe-core on the page as it is now and fails on any serious or critical violation, naming
     * the rule and the elements, once no transition or animation (a dialog fading in, a tab changing
     * colour) is running, so that colours are measured as they end up. The experimental rules that concern labels and names
     * ({@code label-content-name-mismatch}, {@code p-as-heading}) run too.
     */
    protected void assertNoSeriousAxeViolations(String where) {
        waitFor().until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return document.getAnimations().every(a => a.playState !== 'running' "
                        + "|| a.effect.getComputedTiming().endTime === Infinity);")));
        AxeBuilder axe = new AxeBuilder();
        axe.setOptions("{\"rules\": {\"label-content-name-mismatch\": {\"enabled\": true}, "
                + "\"p-as-heading\": {\"enabled\": true}}}");
        List<Rule> violations = axe.analyze(browser).getViolations().stream()
                .filter(rule -> Set.of("serious", "critical").contains(rule.getImpact()))
                .toList();
        assertThat(violations)
                .as("serious or critical axe-core violations on %s:%n%s", where, violations.stream()
                        .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                                        .collect(Collectors.joining(", ")))
                        .collect(Collectors.joining(System.lineSeparator())))
                .isEmpty();
    }
}
