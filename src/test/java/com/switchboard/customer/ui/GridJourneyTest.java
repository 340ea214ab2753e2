package com.switchboard.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.BrowserTest;
import com.switchboard.Demo;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** The customers grid in a real browser: keyboard, links, drill levels, phone size, bulk moves. */
class GridJourneyTest extends BrowserTest {

    @Autowired Demo demo;

    private void signInAsManager() {
        signIn("manager", "manager");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".figure-customers")));
    }

    private WebElement link(String name) {
        return waitFor().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid-cell-content//a[@class='customer-link' and normalize-space(.)='" + name + "']")));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    @Test
    void a_keyboard_user_tabs_to_a_row_and_opens_it_with_enter() {
        signInAsManager();
        open("/portal/customers?q=birch%20%26%20stone%20law");
        link("Birch & Stone Law");
        WebElement search = find("vaadin-text-field.customer-search input");
        search.click();
        Actions keys = new Actions(browser);
        for (int i = 0; i < 25 && !Boolean.TRUE.equals(js("const a = document.activeElement;"
                + " return a && a.localName === 'vaadin-grid' && a.shadowRoot.activeElement != null"
                + " && a.shadowRoot.activeElement.closest('tbody#items') != null;")); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        keys.sendKeys(Keys.ENTER).perform();
        waitFor().until(ExpectedConditions.urlContains("/portal/customers/" + demo.id("Birch & Stone Law")));
    }

    @Test
    void names_are_real_links_and_tags_are_named_chips() {
        signInAsManager();
        open("/portal/customers?q=acme%20dental%20group");
        WebElement name = link(Demo.PARENT_OF_OWN);
        assertThat(name.getAttribute("href")).endsWith("/portal/customers/" + demo.id(Demo.PARENT_OF_OWN));
        List<WebElement> tags = waitFor().until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("vaadin-grid-cell-content .tag"));
            return found.isEmpty() ? null : found;
        });
        for (WebElement tag : tags) {
            assertThat(tag.getText()).isNotBlank();
            assertThat(tag.getAttribute("class")).matches("tag tag-[a-z]+");
        }
        assertThat(find("vaadin-grid-cell-content .badge-production").getText()).isEqualTo("Production");
    }

    @Test
    void back_walks_back_through_drill_levels() {
        signInAsManager();
        open("/portal/customers");
        link(Demo.PARENT_OF_OWN);
        drill(Demo.PARENT_OF_OWN);
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".crumb-current"), Demo.PARENT_OF_OWN));
        drill(Demo.OWN);
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".crumb-current"), Demo.OWN));
        link(Demo.CHILD_OF_OWN);

        browser.navigate().back();
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".crumb-current"), Demo.PARENT_OF_OWN));
        assertThat(browser.getCurrentUrl()).contains("parent=" + demo.id(Demo.PARENT_OF_OWN));
        browser.navigate().back();
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".customer-count"), "21 customers"));
        assertThat(browser.getCurrentUrl()).doesNotContain("parent=");
        waitFor().until(d -> !Boolean.TRUE.equals(js("const c = document.querySelector('.crumbs');"
                + " return c != null && !c.hidden && c.offsetParent !== null;")));
    }

    private void drill(String name) {
        WebElement link = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//vaadin-grid-cell-content//a[@class='drill-link'][@href='portal/customers?parent=" + demo.id(name) + "']")));
        js("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", link);
        waitFor().until(ExpectedConditions.elementToBeClickable(link)).click();
    }

    @Test
    void select_all_matching_then_the_confirmation_names_the_count_and_the_customers() {
        signInAsManager();
        open("/portal/customers?q=birch");
        link("Birch & Stone Law");
        waitFor().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='Select all 4 matching']"))).click();
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".selection-count"), "4 selected"));
        browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='Move to staging']")).click();
        WebElement overlay = find("vaadin-dialog-overlay");
        waitFor().until(d -> overlay.getText().contains("Move 4 customers to staging?"));
        assertThat(overlay.getText()).contains("Birch & Stone Austin Office", "Birch & Stone Chicago Office",
                "Birch & Stone Denver Office", "Birch & Stone Law");
        browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='Cancel']")).click();
        assertThat(demo.customer("Birch & Stone Law").isStaging()).isFalse();
    }

    @Test
    void an_empty_search_says_so_and_clears() {
        signInAsManager();
        open("/portal/customers?q=zzz");
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".empty-state span"), "No customers match “zzz”."));
        browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='Clear filters']")).click();
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".customer-count"), "21 customers"));
        assertThat(browser.getCurrentUrl()).doesNotContain("q=");
    }

    @Test
    void a_hidden_column_stays_hidden_after_a_reload() {
        signInAsManager();
        open("/portal/customers");
        link(Demo.PARENT_OF_OWN);
        assertThat(headers()).contains("Tags");
        toggleColumn("Tags");
        waitFor().until(d -> !headers().contains("Tags"));
        browser.navigate().refresh();
        link(Demo.PARENT_OF_OWN);
        assertThat(headers()).contains("Name", "Routing").doesNotContain("Tags");
        toggleColumn("Tags");
        waitFor().until(d -> headers().contains("Tags"));
    }

    private void toggleColumn(String header) {
        browser.findElement(By.cssSelector("vaadin-button.column-picker")).click();
        waitFor().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-context-menu-item[normalize-space(.)='" + header + "']"))).click();
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
    }

    @SuppressWarnings("unchecked")
    private List<String> headers() {
        return (List<String>) js("return [...document.querySelectorAll('vaadin-grid.customers-grid"
                + " vaadin-grid-cell-content')].filter(c => c.offsetParent !== null && c.assignedSlot"
                + " && c.assignedSlot.parentElement.localName === 'th').map(c => c.textContent.trim())");
    }

    /** The longest names in the demo data, which the name column must show whole. */
    private static final List<String> LONGEST_NAMES = List.of(Demo.CHILD_OF_OWN, "Birch & Stone Chicago Office",
            "Meridian Hotels Front Desk");
    private static final List<String> EVERY_COLUMN = List.of("Name", "Reference id", "Account", "Parent", "Tags",
            "Routing", "State now", "Last modified", "Children");

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 1400})
    void with_every_column_shown_the_grid_fits_a_laptop_window_and_shows_whole_names(int width) {
        signIn("admin", "admin");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".figure-customers")));
        Dimension before = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(width, 800));
            open("/portal/customers");
            link(Demo.PARENT_OF_OWN);
            waitFor().until(d -> headers().containsAll(EVERY_COLUMN));
            waitFor().until(d -> Boolean.FALSE.equals(js("const g = document.querySelector('vaadin-grid.customers-grid');"
                    + " return g.loading || g.hasAttribute('loading');")));
            String widths = String.valueOf(js("const g = document.querySelector('vaadin-grid.customers-grid');"
                    + " return g.clientWidth + ' px: ' + [...g.querySelectorAll('vaadin-grid-cell-content')]"
                    + ".filter(c => c.assignedSlot && c.assignedSlot.parentElement.localName === 'th'"
                    + " && c.offsetParent !== null).map(c => (c.textContent.trim() || '[]') + ' '"
                    + " + Math.round(c.assignedSlot.parentElement.getBoundingClientRect().width)).join(', ');"));
            assertThat((Boolean) js("const t = document.querySelector('vaadin-grid.customers-grid').$.table;"
                    + " return t.scrollWidth <= t.clientWidth;"))
                    .as("no horizontal scrolling inside the grid at %d px (%s)", width, widths).isTrue();
            assertThat(js("return [...document.querySelectorAll('vaadin-grid.customers-grid vaadin-grid-cell-content')]"
                    + ".filter(c => c.assignedSlot && c.offsetParent !== null).filter(c => {"
                    + " const column = c.assignedSlot.parentElement._column;"
                    + " return !['Parent', 'Tags'].includes(column._headerCell._content.textContent.trim()); })"
                    + ".filter(c => { const s = c.querySelector('vaadin-grid-sorter'); const p = s && s.shadowRoot"
                    + ".querySelector('[part=content]'); return c.scrollWidth > c.clientWidth"
                    + " || (p != null && p.scrollWidth > p.clientWidth); }).map(c => c.textContent.trim());"))
                    .as("cut values or headers outside Parent and Tags at %d px (%s)", width, widths)
                    .isEqualTo(List.of());
            Number room = (Number) js("const link = document.querySelector('vaadin-grid.customers-grid a.customer-link');"
                    + " const cell = link.parentElement, s = getComputedStyle(cell);"
                    + " return cell.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);");
            Number longest = (Number) js("const link = document.querySelector('vaadin-grid.customers-grid a.customer-link');"
                    + " const c = document.createElement('canvas').getContext('2d'); c.font = getComputedStyle(link).font;"
                    + " return Math.max(...arguments[0].map(n => c.measureText(n).width));", LONGEST_NAMES);
            assertThat(room.doubleValue()).as("room for a name at %d px (%s)", width, widths)
                    .isGreaterThanOrEqualTo(longest.doubleValue());
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    @Test
    void on_a_phone_the_grid_fits_without_scrolling_sideways() {
        signInAsManager();
        Dimension before = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            open("/portal/customers");
            link(Demo.PARENT_OF_OWN);
            waitFor().until(d -> browser.findElements(By.cssSelector("vaadin-grid-cell-content .drill-link")).isEmpty());
            assertThat((Boolean) js("const e = document.documentElement; return e.scrollWidth <= e.clientWidth;"))
                    .as("no horizontal scrolling").isTrue();
            assertThat(find("vaadin-button.filters-toggle").isDisplayed()).isTrue();
            assertThat(browser.findElement(By.cssSelector(".filters-more")).isDisplayed()).isFalse();
            browser.findElement(By.cssSelector("vaadin-button.filters-toggle")).click();
            waitFor().until(d -> browser.findElement(By.cssSelector(".filters-more")).isDisplayed());
            assertThat((Boolean) js("const e = document.documentElement; return e.scrollWidth <= e.clientWidth;"))
                    .as("no horizontal scrolling with the filters open").isTrue();
            assertThat((Boolean) js("const r = document.querySelector('.action-bar').getBoundingClientRect();"
                    + " return r.top >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;"))
                    .as("the action bar is in view").isTrue();
            link(Demo.PARENT_OF_OWN).click();
            waitFor().until(ExpectedConditions.urlContains("/portal/customers/" + demo.id(Demo.PARENT_OF_OWN)));
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    @Test
    void a_customer_user_opening_a_managers_page_is_told_so_inside_the_portal() {
        signIn("customer", "customer");
        waitFor().until(ExpectedConditions.urlContains("/portal/customers/"));
        open("/portal");
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Not allowed"));
        assertThat(browser.findElements(By.cssSelector("vaadin-side-nav"))).hasSize(1);
        assertThat(browser.getPageSource()).doesNotContain("Access is denied by annotations");
    }

    @Test
    void signing_in_returns_to_the_asked_page_without_continue_and_no_development_tools() {
        open("/portal/customers?q=birch");
        waitFor().until(ExpectedConditions.urlContains("/login"));
        signIn("manager", "manager");
        link("Birch & Stone Law");
        assertThat(browser.getCurrentUrl()).doesNotContain("continue").endsWith("/portal/customers?q=birch");
        assertThat(browser.findElements(By.cssSelector("vaadin-dev-tools, copilot-main"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("link[rel='icon'][href*='favicon.svg']"))).isNotEmpty();
    }
}
