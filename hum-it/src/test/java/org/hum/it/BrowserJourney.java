package org.hum.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What every browser test shares: the run's headless Chromium, handed to each test as a new one
 * would be (no cookie, no site data, one blank window: {@link Browser#shared}), a wait, the login
 * form, and screenshots for a person to look at afterwards (hum-it/target/screenshots).
 */
abstract class BrowserJourney {
    protected static final String UI = Api.UI;
    protected ChromeDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.shared(chromiumSwitches());
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // a condition that reads elements while the page is being replaced tries again, rather than failing:
        // Chromium says so as a stale element or as a node that "does not belong to the document"
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
    }

    /** Further switches for the class's browser; none unless it says. */
    protected String[] chromiumSwitches() throws Exception {
        return new String[0];
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            try {
                shot(getClass().getSimpleName() + "-last-page");
            } catch (RuntimeException e) {
                Browser.discard(browser); // it does not answer: the next test gets a new one
            }
        }
    }

    /** Fills and sends the login form of the page the browser is on. */
    protected void logIn(String username, String password) {
        WebElement user = browser.findElement(By.id("login:username"));
        user.clear();
        user.sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        WebElement submit = browser.findElement(By.id("login:submit"));
        submit.click();
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(submit)); // the login page is gone
    }

    /** Logs in from the login page as one of the class's cast ({@link Cast}): on the source register, with their name in the header. */
    protected void logInAs(String username) {
        browser.get(UI + "login.xhtml");
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        logIn(username, Cast.password());
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                "Source register"));
        org.junit.jupiter.api.Assertions.assertEquals(username, browser.findElement(By.id("current-user")).getText());
    }

    /** Waits for the text, through the page being replaced after a submit (a node read mid-navigation is retried). */
    protected void waitForText(By where, String text) {
        wait.until(d -> {
            try {
                return d.findElement(where).getText().contains(text);
            } catch (org.openqa.selenium.WebDriverException e) {
                return false;
            }
        });
    }

    /** A day as the pages write it (4 Dec 2026). */
    protected static String day(java.time.LocalDate d) {
        return d.format(java.time.format.DateTimeFormatter.ofPattern("d MMM uuuu", java.util.Locale.ENGLISH));
    }

    /** A day the pages wrote, read back. */
    protected static java.time.LocalDate parseDay(String written) {
        return java.time.LocalDate.parse(written.trim(),
                java.time.format.DateTimeFormatter.ofPattern("d MMM uuuu", java.util.Locale.ENGLISH));
    }

    /** Presses the source page's "Show identity" and waits for the true name: the identity is never shown unasked. */
    protected void showIdentity() {
        WebElement show = wait.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                By.id("reveal:show-identity")));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", show);
        show.click();
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.id("true-name")));
    }

    protected void shot(String name) {
        try {
            Path dir = Path.of("target/screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
