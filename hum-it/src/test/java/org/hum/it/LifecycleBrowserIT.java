package org.hum.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.hum.it.Cast.admin1;
import static org.hum.it.Cast.authoriser1;
import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.officer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lifecycle's browser journey (docs/domain.md, "Lifecycle"), through the UI pages only: a case officer registers a source and
 * records the validation findings; a controller concludes it; the officer applies for an
 * authorisation and an authorising officer grants it; the rule clock moves (over REST as
 * admin1: the test stand's only way, the UI has no page for it) to the day the first review
 * falls due, which the due list shows; the authorising officer deactivates the source on its
 * page and is refused an OIA authorisation for it, with the rule's reason on the page.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class LifecycleBrowserIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void registerValidateAuthoriseSeeTheReviewDueDeactivateAndBeRefusedAnOia() {
        String code = "LCUI-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        try {
            // 1. officer1 registers the source
            logInAs(officer1());
            browser.findElement(By.id("nav-register")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("register:codeName"))).sendKeys(code);
            browser.findElement(By.id("register:compartment")).sendKeys(copper());
            browser.findElement(By.id("register:trueName")).sendKeys("Lifecycle Browser Subject");
            browser.executeScript("arguments[0].value = '1981-03-04'", browser.findElement(By.id("register:dateOfBirth")));
            browser.findElement(By.id("register:phoneNumber")).sendKeys("+1 520 555 0199");
            browser.findElement(By.id("register:submit")).click();
            waitForText(By.id("code-name"), code);
            String sourceUrl = browser.getCurrentUrl();
            assertTrue(sourceUrl.contains("id="), sourceUrl);
            String sourceId = sourceUrl.substring(sourceUrl.indexOf("id=") + 3).replaceAll("[&#].*", "");
            shot("lifecycle-1-registered");

            // 2. officer1 records the findings from the source page's link
            browser.findElement(By.id("validation-link")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("findings:submit")));
            new Select(browser.findElement(By.id("findings:criminalHistory"))).selectByValue("NO_RECORD");
            new Select(browser.findElement(By.id("findings:subjectStatus"))).selectByValue("NONE");
            browser.findElements(By.cssSelector("input[name='findings:motivations']")).get(0).click();
            new Select(browser.findElement(By.id("findings:access"))).selectByValue("DIRECT");
            browser.findElement(By.id("findings:accessDetails")).sendKeys("Loads lorries at the Mariposa yard");
            browser.findElement(By.id("findings:proofOfExistence")).sendKeys("Met at home; passport sighted");
            browser.findElement(By.id("findings:submit")).click();
            waitForText(By.tagName("main"), "Findings recorded");

            // 3. controller1, in a fresh session, concludes: suitable
            logOut();
            logInAs(controller1());
            browser.get(UI + "sources/validation.xhtml?id=" + sourceId);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("conclude:submit")));
            new Select(browser.findElement(By.id("conclude:suitable"))).selectByValue("true");
            browser.findElement(By.id("conclude:reasons")).sendKeys("Access corroborated by two seizures");
            browser.findElement(By.id("conclude:submit")).click();
            waitForText(By.tagName("main"), "Conclusion recorded");
            assertFalse(browser.findElement(By.id("initial-concluded")).getText().contains("none in force"));
            shot("lifecycle-2-validated");

            // 4. officer1 applies for the authorisation from the source page
            logOut();
            logInAs(officer1());
            browser.get(UI + "sources/view.xhtml?id=" + sourceId);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("authorisations-link"))).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apply:necessity")))
                    .sendKeys("Only an insider can report the precursor loads.");
            browser.findElement(By.id("apply:proportionality")).sendKeys("Surveillance alone failed twice.");
            browser.findElement(By.id("apply:tasks")).sendKeys("Report loading days at the yard.");
            browser.findElement(By.id("apply:collateralIntrusion")).sendKeys("Co-workers; minimised.");
            browser.findElement(By.id("apply:confidentialInformation")).sendKeys("none likely");
            browser.findElement(By.id("apply:submit")).click();
            waitForText(By.id("messages"), "Application recorded.");

            // 5. authoriser1 grants it, confirming the risks were explained
            logOut();
            logInAs(authoriser1());
            browser.get(UI + "sources/authorisations.xhtml?id=" + sourceId);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$=':decide:grant']")));
            browser.findElement(By.cssSelector("[id$=':decide:risks']")).click();
            browser.findElement(By.cssSelector("[id$=':decide:grant']")).click();
            waitForText(By.cssSelector(".authorisation .status"), "Granted");
            String reviewDue = browser.findElement(By.cssSelector(".authorisation .review-due")).getText().trim();
            LocalDate due = parseDay(reviewDue);
            assertEquals(LocalDate.now(ZoneOffset.UTC).plusMonths(3), due, "the first review, computed: 3 months");
            assertFalse(browser.findElement(By.id("current-until")).getText().contains("no authorisation"));
            shot("lifecycle-3-granted");

            // 6. the rule clock moves to the day the review falls due (REST: the stand's only way)
            moveClock(due.atTime(12, 0) + ":00Z");
            browser.findElement(By.id("nav-dashboard")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Dashboard"));
            // the due list is rebuilt when the clock moves; reload until the line is there
            wait.until(d -> {
                d.navigate().refresh();
                try {
                    return d.findElement(By.id("dashboard-today")).getText().equals(day(due))
                            && !d.findElements(By.id("due-today")).isEmpty()
                            && d.findElement(By.id("due-today")).getText().contains(code)
                            && d.findElement(By.id("due-today")).getText().contains("Authorisation review due");
                } catch (WebDriverException e) {
                    return false;
                }
            });
            shot("lifecycle-4-review-due");

            // 7. deactivate it on the source page (authorising officers may)
            browser.get(UI + "sources/view.xhtml?id=" + sourceId);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("deactivate:reason")))
                    .sendKeys("No longer has access to the yard");
            browser.findElement(By.id("deactivate:sourceTold")).click();
            browser.findElement(By.id("deactivate:submit")).click();
            waitForText(By.id("standing-status"), "Deactivated");
            shot("lifecycle-5-deactivated");

            // 8. an OIA for it is refused on the authorisations page, with the rule's reason
            browser.findElement(By.id("authorisations-link")).click();
            WebElement conduct = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("oia:conduct")));
            conduct.sendKeys("Accompany the courier to the Mariposa warehouse and load the marked pallets only.");
            browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("oia:startsOn")),
                    due.toString());
            browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("oia:endsOn")),
                    due.plusDays(10).toString());
            int oiaBefore = browser.findElements(By.cssSelector(".oia")).size();
            browser.findElement(By.id("oia:submit")).click();
            waitForText(By.id("messages"), "not active");
            String message = browser.findElement(By.id("messages")).getText();
            assertTrue(message.contains("deactivated"), message);
            assertTrue(message.contains("reactivate the source"), "the remedy is shown: " + message);
            assertEquals(oiaBefore, browser.findElements(By.cssSelector(".oia")).size(), "no OIA was written");
            assertFalse(browser.getPageSource().contains("Lifecycle Browser Subject"), "never an identity here");
            shot("lifecycle-6-oia-refused");
        } finally {
            Api.send(Api.request(Api.token(admin1()), "admin/rule-clock").DELETE());
        }
    }

    private void moveClock(String instant) {
        Api.Reply r = Api.send(Api.request(Api.token(admin1()), "admin/rule-clock").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"now\":\"" + instant + "\"}")));
        assertEquals(200, r.status(), r.body());
    }


    private void logOut() {
        browser.findElement(By.id("logout:submit")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
    }

}
