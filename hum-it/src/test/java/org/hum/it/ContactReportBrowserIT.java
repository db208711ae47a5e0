package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.StringReader;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.reviewer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A case officer logs a contact in the browser: the draft is saved on the server as they type
 * (and listed on their dashboard), an item without a grade is refused beside its field, and the
 * report, with an item answering the source's open tasking, is submitted and listed.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class ContactReportBrowserIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aCaseOfficerLogsAContactWhoseDraftIsSavedAsTheyType() throws SQLException {
        String id = LifecycleIT.ready("CT-UI").sourceId();
        String tasking = ContactReportIT.tasking(id, "ISSUED");

        browser.get(UI + "login.xhtml");
        logIn(officer1(), Cast.password());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Source register"));
        browser.get(UI + "sources/view.xhtml?id=" + id);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("contacts-link"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Contact reports"));
        assertTrue(browser.findElement(By.id("reports-none")).isDisplayed());

        // typing saves the draft on the server
        browser.findElement(By.id("contact:narrative")).sendKeys("Met by the canal; the source named the new courier.");
        browser.findElement(By.id("contact:place")).click(); // leaving the narrative is a change
        waitForText(By.id("contact:draftStatus"), "Draft saved");
        JsonObject draft = drafts(officer1()).stream().filter(d -> d.getString("sourceId").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no draft saved on the server"));
        assertEquals("Met by the canal; the source named the new courier.",
                draft.getJsonObject("report").getString("narrative"));
        assertTrue(ContactReportIT.section(officer1(), "CONTACT_DRAFTS").stream()
                .anyMatch(e -> e.getString("objectId").equals(draft.getString("clientId"))), "the draft is on the dashboard");

        browser.findElement(By.id("contact:place")).sendKeys("Canal towpath, bench 3");
        browser.findElement(By.id("contact:durationMinutes")).sendKeys("25");
        browser.findElement(By.id("contact:itemText")).sendKeys("The new courier drives a blue van");
        // no grade: refused beside the item
        browser.findElement(By.id("contact:submit")).click();
        waitForText(By.id("contact"), "credibility");
        assertTrue(browser.findElements(By.cssSelector("#reports .contact-report")).isEmpty(), "nothing was recorded");

        new Select(browser.findElement(By.id("contact:itemCredibility"))).selectByValue("2");
        Select taskings = new Select(browser.findElement(By.id("contact:itemTasking")));
        assertEquals(2, taskings.getOptions().size(), "(none) and the source's open tasking");
        taskings.selectByValue(tasking);
        browser.findElement(By.id("contact:submit")).click();
        waitForText(By.id("messages"), "submitted");

        List<WebElement> reports = browser.findElements(By.cssSelector("#reports .contact-report"));
        assertEquals(1, reports.size());
        String text = reports.get(0).getText();
        assertTrue(text.contains("Met by the canal; the source named the new courier."), text);
        assertTrue(text.contains("Canal towpath, bench 3"), text);
        assertTrue(text.contains("The new courier drives a blue van"), text);
        assertTrue(reports.get(0).findElement(By.cssSelector(".item-tasking")).getText().matches("(?s).*T-\\d{4}-[0-9A-Z]{6}.*"), text);
        assertFalse(drafts(officer1()).stream().anyMatch(d -> d.getString("sourceId").equals(id)), "the draft went with the submission");
        JsonObject listed = Api.get(Api.token(reviewer1()), "sources/" + id + "/contact-reports").json();
        assertEquals(tasking, listed.getJsonArray("reports").getJsonObject(0).getJsonObject("current").getJsonArray("items")
                .getJsonObject(0).getString("taskingId"));
        assertEquals(1, listed.getJsonArray("reports").size());
        shot("ContactReportBrowserIT-submitted");

        // a correction on the page: the form holds the report as it stands; the new version keeps the old
        String reportId = reports.get(0).getAttribute("id").substring("report-".length());
        // the tasking the item answered is fulfilled since: the correction keeps the link all the same
        assertEquals(200, TaskingIT.step(officer1(), tasking, "acknowledgement").status());
        assertEquals(200, TaskingIT.step(officer1(), tasking, "fulfilment").status());
        browser.findElement(By.id("correct-" + reportId)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("correcting")));
        assertEquals("Canal towpath, bench 3", browser.findElement(By.id("contact:place")).getAttribute("value"));
        assertTrue(browser.findElements(By.id("contact:draftStatus")).isEmpty(), "a correction is not a draft");
        WebElement narrative = browser.findElement(By.id("contact:narrative"));
        narrative.clear();
        narrative.sendKeys("Met by the canal; the source named the new courier and his van.");
        browser.findElement(By.id("contact:correct")).click();
        waitForText(By.id("contact"), "required"); // no reason: refused beside the field, nothing recorded
        assertEquals(1, Api.get(Api.token(reviewer1()), "contact-reports/" + reportId).json().getJsonArray("versions").size());
        browser.findElement(By.id("contact:correctionReason")).sendKeys("The van was left out");
        browser.findElement(By.id("contact:correct")).click();
        waitForText(By.id("messages"), "version 2");
        WebElement corrected = browser.findElement(By.id("report-" + reportId));
        assertEquals(2, corrected.findElements(By.cssSelector(".version")).size(), "both versions are shown");
        assertTrue(corrected.getText().contains("and his van") && corrected.getText().contains("the new courier."),
                corrected.getText());
        assertTrue(corrected.getText().contains("The van was left out"), "the reason is shown");
        JsonObject versions = Api.get(Api.token(reviewer1()), "contact-reports/" + reportId).json();
        assertEquals(2, versions.getJsonArray("versions").size());
        assertEquals(tasking, versions.getJsonObject("current").getJsonArray("items").getJsonObject(0).getString("taskingId"),
                "the corrected item still answers its tasking");
    }

    @Test
    void aReaderSeesTheReportsButNoForm() {
        String id = ContactReportIT.register(copper());
        assertEquals(201, ContactReportIT.submit(officer1(), id, ContactReportIT.report("Quarterly catch-up " + UUID.randomUUID()))
                .status());
        browser.get(UI + "login.xhtml");
        logIn(reviewer1(), Cast.password());
        browser.get(UI + "sources/contacts.xhtml?id=" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reports .contact-report")));
        assertTrue(browser.findElement(By.id("reports")).getText().contains("Quarterly catch-up"));
        assertTrue(browser.findElements(By.id("contact:submit")).isEmpty(), "a reviewer reads only");
    }

    private static List<JsonObject> drafts(String user) {
        Api.Reply r = Api.get(Api.token(user), "contact-drafts");
        assertEquals(200, r.status(), r.body());
        return Json.createReader(new StringReader(r.body())).readArray().stream().map(JsonValue::asJsonObject).toList();
    }

}
