package com.switchboard.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.BrowserTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An administrator creates an account and renames it with the keyboard in real Chromium; the Accounts
 * grid, the new-account dialog and the account page (an administrator's and a manager's read-only one)
 * have no serious or critical axe-core finding, light and dark, and nothing runs past a 390 px phone's
 * right edge.
 */
class AccountsJourneyTest extends BrowserTest {

    /** The elements under {@code $0}, shadow roots included, whose right edge runs past the viewport's. */
    private static final String PAST_THE_RIGHT_EDGE = """
            const found = [];
            const visit = root => root.querySelectorAll('*').forEach(e => {
              const r = e.getBoundingClientRect();
              if (r.width > 0 && r.right > window.innerWidth + 0.5) {
                found.push(e.localName + (e.className && e.className.baseVal === undefined && e.className
                    ? '.' + e.className.trim().split(/\\s+/).join('.') : '') + ' ' + Math.round(r.right));
              }
              if (e.shadowRoot) visit(e.shadowRoot);
            });
            visit(document.querySelector(arguments[0]));
            return found;""";

    @Autowired JdbcTemplate jdbc;

    private final String created = "Journey " + UUID.randomUUID().toString().substring(0, 8);
    private final String renamed = created + " renamed";

    @AfterEach
    void cleanUp() {
        browser.manage().window().setSize(new Dimension(1400, 900));
        jdbc.update("DELETE FROM account WHERE name IN (?, ?)", created, renamed);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void theme(boolean dark) {
        js(dark ? "document.body.setAttribute('theme', 'dark')" : "document.body.removeAttribute('theme')");
    }

    private void bothThemes(String where) {
        for (boolean dark : new boolean[] {false, true}) {
            theme(dark);
            assertNoSeriousAxeViolations(where + (dark ? ", dark" : ""));
        }
        theme(false);
    }

    private void gridLoaded() {
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Accounts"));
        find("vaadin-grid-cell-content a.account-link");
    }

    private WebElement nameInput() {
        return waitFor().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".account-view vaadin-text-field input")));
    }

    @Test
    void an_administrator_creates_and_renames_an_account_with_the_keyboard() throws InterruptedException {
        signIn("admin", "admin");
        find("vaadin-side-nav");
        open("/portal/accounts");
        gridLoaded();
        bothThemes("the accounts grid");

        browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='New account']")).sendKeys(Keys.ENTER);
        find("vaadin-dialog-overlay");
        Thread.sleep(800);
        bothThemes("the new-account dialog");
        new Actions(browser).sendKeys(created).sendKeys(Keys.ENTER).perform();

        waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".account-header h1"), created));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE name = ?", Long.class, created)).isOne();
        bothThemes("the account page");

        WebElement name = nameInput();
        name.sendKeys(Keys.chord(Keys.CONTROL, "a"), renamed, Keys.TAB);
        WebElement save = waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-button[normalize-space(.)='Save' and not(@disabled)]")));
        find(".unsaved-marker");
        save.sendKeys(Keys.ENTER);
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".account-header h1"), renamed));
        assertThat(jdbc.queryForObject("SELECT name FROM account WHERE name = ?", String.class, renamed))
                .isEqualTo(renamed);
        assertThat(browser.getTitle()).isEqualTo(renamed + " · Switchboard");
    }

    @Test
    void a_managers_read_only_account_page_is_accessible() {
        signIn("manager", "manager");
        find("vaadin-side-nav");
        open("/portal/accounts");
        gridLoaded();
        browser.findElement(By.cssSelector("vaadin-grid-cell-content a.account-link")).click();
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".account-header h1"), "Acme Telecom"));
        find(".read-only-note");
        assertThat(nameInput().getAttribute("readonly")).isNotNull();
        bothThemes("a manager's account page");
    }

    @Test
    void on_a_phone_nothing_runs_past_the_right_edge() {
        browser.manage().window().setSize(new Dimension(390, 844));
        signIn("admin", "admin");
        find("vaadin-side-nav");
        open("/portal/accounts");
        gridLoaded();
        assertThat(js("return window.innerWidth")).isEqualTo(390L);
        assertThat(js(PAST_THE_RIGHT_EDGE, ".accounts-view")).as("the accounts grid at 390 px").isEqualTo(List.of());
        assertNoSeriousAxeViolations("the accounts grid at 390 px");
        browser.findElement(By.cssSelector("vaadin-grid-cell-content a.account-link")).click();
        find(".account-header h1");
        assertThat(js(PAST_THE_RIGHT_EDGE, ".account-view")).as("the account page at 390 px").isEqualTo(List.of());
        assertNoSeriousAxeViolations("the account page at 390 px");
    }
}
