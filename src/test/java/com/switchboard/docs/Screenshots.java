package com.switchboard.docs;

import com.switchboard.BrowserTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Takes the screenshots in docs/: {@code ./mvnw -Pscreenshots test}. Not part of {@code verify}.
 */
class Screenshots extends BrowserTest {

    @Test
    void take() throws Exception {
        signIn("manager", "manager");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".figure-customers")));
        open("/portal/customers");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid-cell-content .tag")));
        Thread.sleep(1000);
        shoot("customers-grid-light.png");
        dark();
        shoot("customers-grid-dark.png");
        light();

        open("/portal/customers?q=dental%20group");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid-cell-content .tag")));
        Thread.sleep(800);
        browser.findElement(By.xpath("//vaadin-grid-cell-content//a[normalize-space(.)='Acme Dental Group']")).click();
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".customer-header h1"), "Acme Dental Group"));
        Thread.sleep(800);
        shoot("customer-page-light.png");
        dark();
        shoot("customer-page-dark.png");
        light();

        browser.findElement(By.xpath("//vaadin-tab[normalize-space(.)='Schedule']")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".timeline-segment")));
        Thread.sleep(800);
        shoot("schedule-editor-light.png");
        dark();
        shoot("schedule-editor-dark.png");
    }

    private void dark() throws InterruptedException {
        browser.findElement(By.xpath("//vaadin-button[contains(., 'Dark theme')]")).click();
        waitFor().until(ExpectedConditions.attributeContains(By.tagName("body"), "theme", "dark"));
        Thread.sleep(500);
    }

    private void light() throws InterruptedException {
        browser.findElement(By.xpath("//vaadin-button[contains(., 'Light theme')]")).click();
        Thread.sleep(300);
    }

    private void shoot(String name) throws Exception {
        Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Path target = Path.of("docs", name);
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
