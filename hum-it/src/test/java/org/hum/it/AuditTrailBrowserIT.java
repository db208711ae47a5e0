package org.hum.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.reviewer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reviewer's failed UI login lands in the trail, and the reviewer finds it on the audit page; others cannot. */
@ExtendWith({ArquillianExtension.class, Cast.class})
class AuditTrailBrowserIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void reviewerFindsTheirOwnFailedUiLoginOnTheAuditPage() {
        browser.get(UI + "login.xhtml");
        logIn(reviewer1(), "not-the-password");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"), "Login failed"));
        logIn(reviewer1(), Cast.password());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-audit")));
        browser.findElement(By.id("nav-audit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("filters")));

        browser.findElement(By.id("actor")).sendKeys(reviewer1());
        browser.findElement(By.id("action")).sendKeys("LOGIN_FAILED");
        browser.findElement(By.id("filter")).click();
        // the unfiltered page already lists entries: wait for the filtered one, whose address carries the
        // filter (a timeout here fails the test)
        wait.until(ExpectedConditions.urlContains("action=LOGIN_FAILED"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("entries")));
        List<String> actions = browser.findElements(By.cssSelector("span.audit-action")).stream()
                .map(a -> a.getAttribute("data-action")).toList();
        assertFalse(actions.isEmpty());
        assertTrue(actions.stream().allMatch("LOGIN_FAILED"::equals), actions.toString());
        assertTrue(Long.parseLong(browser.findElement(By.id("audit-total")).getText()) >= 1);
        assertTrue(browser.findElement(By.id("entries")).getText().contains("Login failed"), "the action in words");

        browser.get(UI + "audit.xhtml?from=yesterday");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("filter-error"), "from must be a UTC time"));
        assertEquals("0", browser.findElement(By.id("audit-total")).getText());
    }

    @Test
    void caseOfficerHasNoAuditLinkAndThePageRefusesThem() {
        browser.get(UI + "login.xhtml");
        logIn(officer1(), Cast.password());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Source register"));
        assertTrue(browser.findElements(By.id("nav-audit")).isEmpty(), "no audit link for a case officer");
        browser.get(UI + "audit.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("no-audit-role")));
        assertTrue(browser.findElements(By.id("entries")).isEmpty());
    }

}
