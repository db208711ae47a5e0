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

import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.officer2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A controller finds a deconfliction referral in their work list; a case officer has no such list. */
@ExtendWith({ArquillianExtension.class, Cast.class})
class DeconflictionBrowserIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void controllerSeesTheReferralInTheWorkListAndACaseOfficerHasNone() {
        Cast.Source sparrow = Cast.source("SPARROW");
        Api.Reply check = DeconflictionSteps.check(officer2(), Cast.mesa(), "{\"phoneNumber\":\"" + sparrow.phone() + "\"}");
        assertTrue(DeconflictionSteps.matched(check));

        browser.get(Api.UI + "login.xhtml");
        logIn(controller1(), Cast.password());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Source register"));
        browser.findElement(By.id("nav-referrals")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("referrals")));
        String table = browser.findElement(By.id("referrals")).getText();
        assertTrue(table.contains(sparrow.codeName()) && table.contains(officer2()) && table.contains("Phone"), table);
        // the controller tells the officer: a release on the page
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("release:referral")))
                .selectByValue(check.json().getString("checkId"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("release:outcome"))).selectByValue("SPEAK_TO_CONTROLLER");
        browser.findElement(By.id("release:note")).sendKeys("Come and see me first");
        org.openqa.selenium.WebElement release = browser.findElement(By.id("release:submit"));
        release.click();
        wait.until(ExpectedConditions.stalenessOf(release));
        waitForText(By.id("referrals"), "Come and see me first");

        browser.findElement(By.id("logout:submit")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        logIn(officer2(), Cast.password());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Source register"));
        assertTrue(browser.findElements(By.id("nav-referrals")).isEmpty(), "no referrals link for a case officer");
        browser.findElement(By.id("nav-checks")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("checks")));
        String mine = browser.findElement(By.id("checks")).getText();
        assertTrue(mine.contains("Come and see me first") && !mine.contains(sparrow.codeName()), mine);
        browser.get(Api.UI + "deconfliction/referrals.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "for controllers"));
        assertTrue(browser.findElements(By.id("referrals")).isEmpty());
    }

}
