package org.hum.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.hum.it.Cast.authoriser1;
import static org.hum.it.Cast.officer1;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A case officer applies for an authorisation of SPARROW through the UI; an authorising officer
 * confirms the risks were explained and is refused by the rule profile (no initial validation
 * yet), with the rule's reason on the page; the due list opens from the navigation.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class AuthorisationBrowserIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void applyThenGrantIsRefusedByTheRuleProfileAndTheDueListOpens() throws Exception {
        Cast.Source sparrow = Cast.source("SPARROW");
        String page = UI + "sources/authorisations.xhtml?id=" + sparrow.id();
        browser.get(page);
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        logIn(officer1(), Cast.password());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
        browser.get(page);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("code-name"), sparrow.codeName()));
        browser.findElement(By.id("apply:necessity")).sendKeys("Only an insider can report the press deliveries.");
        browser.findElement(By.id("apply:proportionality")).sendKeys("Surveillance alone failed twice.");
        browser.findElement(By.id("apply:tasks")).sendKeys("Report delivery days at the warehouse.");
        browser.findElement(By.id("apply:collateralIntrusion")).sendKeys("Co-workers; minimised.");
        browser.findElement(By.id("apply:confidentialInformation")).sendKeys("none likely");
        shot("authorisation-1-apply");
        browser.findElement(By.id("apply:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Application recorded."));
        assertTrue(browser.findElement(By.cssSelector(".authorisation .status")).getText().contains("Applied"));
        assertFalse(browser.getPageSource().contains("Ramon"), "never an identity on this page");
        shot("authorisation-2-applied");

        browser.findElement(By.id("logout:submit")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        browser.get(page);
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        logIn(authoriser1(), Cast.password());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
        browser.get(page);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$=':decide:grant']")));
        browser.findElement(By.cssSelector("[id$=':decide:risks']")).click();
        browser.findElement(By.cssSelector("[id$=':decide:grant']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "initial validation"));
        assertTrue(browser.findElement(By.cssSelector(".authorisation .status")).getText().contains("Applied"),
                "the refused grant wrote nothing");
        shot("authorisation-3-grant-refused");

        browser.findElement(By.id("nav-dashboard")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Dashboard"));
        assertTrue(browser.findElement(By.id("dashboard-today")).getText().matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}"));
        shot("authorisation-4-dashboard");
    }
}
