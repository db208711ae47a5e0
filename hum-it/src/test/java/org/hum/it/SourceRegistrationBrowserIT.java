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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A case officer logs in, registers a source through the UI, and finds it in the register. */
@ExtendWith(ArquillianExtension.class)
class SourceRegistrationBrowserIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void caseOfficerRegistersASourceAndSeesItInTheList() {
        browser.get(UI);
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        shot("1-login");
        logIn("officer1", Stand.current().demoPassword());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Source register"));
        assertEquals("officer1", browser.findElement(By.id("current-user")).getText());
        shot("2-register-list");

        browser.findElement(By.id("nav-register")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("register:codeName")));
        browser.findElement(By.id("register:codeName")).sendKeys("NIGHTJAR");
        browser.findElement(By.id("register:compartment")).sendKeys("MESA");
        browser.findElement(By.id("register:trueName")).sendKeys("Cordelia Nightingale");
        browser.executeScript("arguments[0].value = '1983-09-14'", browser.findElement(By.id("register:dateOfBirth")));
        browser.findElement(By.id("register:phoneNumber")).sendKeys("+52 664 555 0190");
        shot("3-register-form");
        browser.findElement(By.id("register:submit")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code-name")));
        assertEquals("NIGHTJAR", browser.findElement(By.id("code-name")).getText());
        assertEquals("Cordelia Nightingale", browser.findElement(By.id("true-name")).getText());
        assertFalse(browser.getCurrentUrl().contains("Cordelia"), "no identity in the URL");
        shot("4-source-file");

        browser.findElement(By.id("nav-sources")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sources")));
        assertTrue(browser.findElements(By.cssSelector("a.source-link")).stream()
                .map(WebElement::getText).anyMatch("NIGHTJAR"::equals), "the new source is in the list");
    }

    @Test
    void badLoginAndBadRegistrationShowWhatToFix() {
        browser.get(UI + "login.xhtml");
        logIn("officer1", "wrong-password");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"), "Login failed"));

        logIn("officer2", Stand.current().demoPassword());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Source register"));
        browser.get(UI + "sources/register.xhtml");
        browser.findElement(By.id("register:codeName")).sendKeys("PLOVER");
        browser.findElement(By.id("register:compartment")).sendKeys("COPPER");
        browser.findElement(By.id("register:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "is required"));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("is required"));

        browser.findElement(By.id("logout:submit")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        browser.get(UI + "index.xhtml");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
    }


}
