package org.hum.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.hum.it.Cast.reviewer1;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reviewer records a relevant error on the page, sees its computed deadline, records its report and closes it. */
@ExtendWith({ArquillianExtension.class, Cast.class})
class ErrorRegisterBrowserIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aReviewerRecordsReportsAndClosesAnErrorOnThePage() {
        Cast.Source heron = Cast.source("HERON");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        browser.get(UI + "login.xhtml");
        logIn(reviewer1(), Cast.password());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-errors")));
        browser.findElement(By.id("nav-errors")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record:description")));

        new Select(browser.findElement(By.id("record:sourceId"))).selectByValue(heron.id());
        new Select(browser.findElement(By.id("record:kind"))).selectByValue("PAYMENT_RULE_BROKEN");
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("record:foundOn")), today.toString());
        browser.findElement(By.id("record:description")).sendKeys("Expenses paid with one witness instead of two");
        submit("record:submit");
        WebElement row = row(heron.codeName());
        String text = row.getText();
        assertTrue(text.contains("Payment rule broken") && text.contains("Expenses paid with one witness"), text);
        assertTrue(text.contains("10 working days"), text);
        assertTrue(text.contains(day(expectedDeadline(today))), "the computed deadline: " + text);
        shot("error-register-recorded");

        new Select(browser.findElement(By.id("report:reportId"))).selectByValue(row.getAttribute("data-id"));
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("report:reportedOn")), today.toString());
        browser.findElement(By.id("report:reference")).sendKeys("OB-2026-17");
        submit("report:submit");
        assertTrue(row(heron.codeName()).getText().contains("OB-2026-17"), row(heron.codeName()).getText());

        new Select(browser.findElement(By.id("close:closeId"))).selectByValue(row(heron.codeName()).getAttribute("data-id"));
        browser.findElement(By.id("close:note")).sendKeys("Witness rule re-briefed to the team");
        submit("close:submit");
        String closed = row(heron.codeName()).getText();
        assertTrue(closed.contains("Closed") && closed.contains("Witness rule re-briefed"), closed);
        assertFalse(browser.findElement(By.id("close:closeId")).getText().contains(heron.codeName()), "nothing left to close");
    }

    private void submit(String id) {
        WebElement button = browser.findElement(By.id(id));
        button.click();
        wait.until(ExpectedConditions.stalenessOf(button));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record:description")));
    }

    private WebElement row(String codeName) {
        return browser.findElements(By.cssSelector("#errors tr.relevant-error")).stream()
                .filter(r -> r.getText().contains(codeName)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + codeName + ": " + browser.findElement(By.tagName("main")).getText()));
    }

    /** Ten working days on, skipping weekends (the stand's holidays are years away). */
    private static LocalDate expectedDeadline(LocalDate from) {
        LocalDate d = from;
        for (int n = 0; n < 10; ) {
            d = d.plusDays(1);
            if (d.getDayOfWeek().getValue() < 6) {
                n++;
            }
        }
        return d;
    }
}
