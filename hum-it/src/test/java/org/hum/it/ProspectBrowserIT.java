package org.hum.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.reviewer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A case officer records a prospect and contacts on the page until it drifts; the reviewer sees the drift. */
@ExtendWith({ArquillianExtension.class, Cast.class})
class ProspectBrowserIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void contactsOnThePageDriftAndTheReviewerSeesItWithoutTheName() {
        browser.get(UI + "login.xhtml");
        logIn(officer1(), Cast.password());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Source register"));
        browser.findElement(By.id("nav-prospects")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("prospect:workingName")));
        browser.findElement(By.id("prospect:workingName")).sendKeys("Browser prospect Quillon");
        browser.findElement(By.id("prospect:compartment")).sendKeys(copper());
        browser.findElement(By.id("prospect:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("prospects"), "Browser prospect Quillon"));
        String id = row("Browser prospect Quillon").findElement(By.cssSelector("code.prospect-id")).getText();

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int i = 2; i >= 0; i--) {
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("contact:prospectId"))).selectByValue(id);
            browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("contact:contactOn")),
                    today.minusDays(i).toString());
            browser.findElement(By.id("contact:notes")).sendKeys("Contact " + i);
            org.openqa.selenium.WebElement submit = browser.findElement(By.id("contact:submit"));
            submit.click();
            // the form is on the page before and after: wait for the page to be replaced, not for the form
            wait.until(ExpectedConditions.stalenessOf(submit));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("prospect:workingName")));
        }
        assertTrue(row("Browser prospect Quillon").getText().contains("status drift"), row("Browser prospect Quillon").getText());
        shot("prospect-drift");
        assertTrue(row("Browser prospect Quillon").findElements(By.cssSelector("a.register-prospect")).size() == 1,
                "the officer is pushed to register");

        browser.findElement(By.id("logout:submit")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        logIn(reviewer1(), Cast.password());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-prospects")));
        browser.get(UI + "prospects/index.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("prospects")));
        String page = browser.findElement(By.tagName("main")).getText();
        assertFalse(page.contains("Quillon"), "the reviewer sees no working name");
        WebElement reviewerRow = browser.findElements(By.cssSelector("#prospects tbody tr")).stream()
                .filter(r -> r.getText().contains(id)).findFirst().orElseThrow();
        assertTrue(reviewerRow.getText().contains("status drift"), reviewerRow.getText());
        assertEquals(0, browser.findElements(By.id("prospect:workingName")).size(), "reviewers record no prospects");
        assertEquals(0, browser.findElements(By.id("close:submit")).size(), "nor close them");

        // the officer ends contact: the prospect is closed with its reason and drifts no more
        browser.findElement(By.id("logout:submit")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        logIn(officer1(), Cast.password());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-prospects")));
        browser.get(UI + "prospects/index.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("close:prospectId")));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("close:prospectId"))).selectByValue(id);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("close:reason"))).selectByValue("UNCONTACTABLE");
        WebElement close = browser.findElement(By.id("close:submit"));
        close.click();
        wait.until(ExpectedConditions.stalenessOf(close));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("prospects")));
        String closed = row("Browser prospect Quillon").getText();
        assertTrue(closed.contains("Closed") && closed.contains("Uncontactable"), closed);
        assertFalse(closed.contains("status drift"), closed);
        assertEquals(0, row("Browser prospect Quillon").findElements(By.cssSelector("a.register-prospect")).size(),
                "a closed prospect is not registered");
    }

    private WebElement row(String text) {
        return browser.findElements(By.cssSelector("#prospects tbody tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst().orElseThrow();
    }
}
