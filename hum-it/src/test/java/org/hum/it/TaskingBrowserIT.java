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
import java.util.Locale;
import java.time.ZoneOffset;

import static org.hum.it.Cast.authoriser2;
import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.reviewer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The taskings page in a browser: the handler reaches it from the source file, is refused an
 * activity the authorisation does not cover (with the rule and its remedy), issues the tasking
 * within it and records the source's acknowledgement; applies on the authorisations page to amend
 * the authorisation, which another authorising officer grants there; a compliance reviewer reads
 * the taskings without the form; the requirements page counts them.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class TaskingBrowserIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aHandlerIssuesATaskingInThePageAndTheSourceAcknowledgesIt() {
        var s = LifecycleIT.ready("TK-UI");
        String req = RequirementIT.create(copper(), "CRITICAL");
        String due = LocalDate.now(ZoneOffset.UTC).plusDays(14).toString();

        logInAs(officer1());
        browser.get(UI + "sources/view.xhtml?id=" + s.sourceId());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("taskings-link"))).click();
        waitForText(By.tagName("h1"), "Taskings of");
        assertTrue(browser.findElements(By.id("no-taskings")).size() == 1);

        new Select(browser.findElement(By.id("tasking:requirement"))).selectByValue(req);
        new Select(browser.findElement(By.id("tasking:priority"))).selectByValue("HIGH");
        browser.findElement(By.id("tasking:dueOn")).sendKeys(due);
        activity("CONSENSUAL_RECORDING").click();
        browser.findElement(By.id("tasking:limits")).sendKeys("Watch the Mariposa loading bay only; no contact with drivers.");
        browser.findElement(By.id("tasking:risk")).sendKeys("Low: the source works the bay.");
        browser.findElement(By.id("tasking:issue")).click();
        waitForText(By.id("messages"), "tasking.within-authorisation");
        assertTrue(browser.findElement(By.id("messages")).getText().contains("amend"), "the remedy is shown");
        assertEquals(1, browser.findElements(By.id("no-taskings")).size(), "refused: nothing issued");

        // the form kept what was typed: take the recording off and issue within the authorisation
        WebElement recording = activity("CONSENSUAL_RECORDING");
        if (recording.isSelected()) {
            recording.click();
        }
        if (!activity("REPORT_OBSERVED").isSelected()) {
            activity("REPORT_OBSERVED").click();
        }
        if (browser.findElement(By.id("tasking:dueOn")).getAttribute("value").isBlank()) {
            browser.findElement(By.id("tasking:dueOn")).sendKeys(due);
        }
        browser.findElement(By.id("tasking:issue")).click();
        waitForText(By.id("taskings"), "Issued");
        assertTrue(browser.findElement(By.id("messages")).getText().contains("Tasking issued"));
        assertTrue(browser.findElement(By.id("taskings")).getText().contains("Watch the Mariposa loading bay"));
        assertTrue(browser.findElement(By.id("taskings")).getText().contains(day(LocalDate.parse(due))));

        browser.findElement(By.cssSelector("input[value='Acknowledged by the source']")).click();
        waitForText(By.id("taskings"), "Acknowledged");
        var list = Api.get(Api.token(officer1()), "sources/" + s.sourceId() + "/taskings").json().getJsonArray("taskings");
        assertEquals(1, list.size());
        assertTrue(list.getJsonObject(0).getString("reference").matches("T-\\d{4}-[0-9A-Z]{6}"));
        assertEquals("ACKNOWLEDGED", list.getJsonObject(0).getString("status"));
        assertEquals(s.authorisationId(), list.getJsonObject(0).getString("authorisationId"));

        // the remedy: the handler applies to amend the authorisation, another person grants it
        browser.get(UI + "sources/authorisations.xhtml?id=" + s.sourceId());
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("form[id$='amend'] input[value='CONSENSUAL_RECORDING']"))).click();
        browser.findElement(By.cssSelector("form[id$='amend'] input[id$='reason']")).sendKeys("Meetings must be recorded");
        browser.findElement(By.cssSelector("input[value='Apply for an amendment']")).click();
        waitForText(By.id("messages"), "Amendment applied for");
        assertEquals("APPLIED", browser.findElement(By.cssSelector("span.amendment")).getAttribute("data-status"));
        assertTrue(browser.findElements(By.cssSelector("input[value='Grant the amendment']")).isEmpty(), "not for the handler");
        browser.manage().deleteAllCookies();
        logInAs(authoriser2());
        browser.get(UI + "sources/authorisations.xhtml?id=" + s.sourceId());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[value='Grant the amendment']"))).click();
        waitForText(By.id("messages"), "Amendment granted");
        assertTrue(browser.findElement(By.cssSelector("span.authorised-activities")).getText().toLowerCase(Locale.ROOT).contains("consensual recording"), "the list reads in words, in any order");
        Api.Reply recorded = Api.post(Api.token(officer1()), "sources/" + s.sourceId() + "/taskings",
                TaskingIT.tasking(req, LocalDate.parse(due), true, "CONSENSUAL_RECORDING"));
        assertEquals(201, recorded.status(), "the amendment unlocked it: " + recorded.body());

        // a compliance reviewer reads the page, without the form or the buttons
        browser.manage().deleteAllCookies();
        logInAs(reviewer1());
        browser.get(UI + "sources/taskings.xhtml?id=" + s.sourceId());
        waitForText(By.id("taskings"), "Acknowledged");
        assertTrue(browser.findElements(By.id("tasking:issue")).isEmpty());
        assertEquals(2, browser.findElements(By.cssSelector("tr.tasking")).size());
        assertTrue(browser.findElements(By.cssSelector("input[value='Started']")).isEmpty());

        // the requirement's coverage
        browser.get(UI + "requirements/index.xhtml");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tr.requirement[data-id='" + req + "']")));
        assertEquals("2", row.findElement(By.cssSelector("td.open-taskings")).getText());
        assertFalse(browser.findElements(By.id("requirement:submit")).size() > 0, "only controllers create");
    }

    private WebElement activity(String name) {
        return browser.findElement(By.cssSelector("input[name='tasking:activities'][value='" + name + "']"));
    }
}
