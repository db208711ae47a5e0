package org.hum.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.officer2;
import static org.hum.it.Cast.reviewer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The operations' journey (docs/domain.md, "Tasking", "Contact reports", "Payments and benefits") through the pages, by the people who do each step: the handler issues a
 * tasking against a requirement, logs a contact with an intelligence item answering it, and
 * requests a payment resting on that contact; a controller approves it; the handler records it
 * paid before two witnesses with its receipt, and the ledger's lifetime total changes by the
 * amount. Only the preparation (a source ready for use, a requirement) goes over REST.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class OperationsJourneyBrowserIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void taskingThenContactAnsweringItThenPaymentApprovedByAnotherThenPaidAndTheLedgerTotalChanges() throws Exception {
        String source = LifecycleIT.ready("JOURNEY").sourceId();
        String requirement = RequirementIT.create(copper(), "HIGH");
        LocalDate today = LifecycleIT.today();

        // 1. the handler issues a tasking from the source file
        logInAs(officer1());
        browser.get(UI + "sources/view.xhtml?id=" + source);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("taskings-link"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tasking:requirement")));
        new Select(browser.findElement(By.id("tasking:requirement"))).selectByValue(requirement);
        new Select(browser.findElement(By.id("tasking:priority"))).selectByValue("HIGH");
        browser.findElement(By.id("tasking:dueOn")).sendKeys(today.plusDays(10).toString());
        WebElement observe = browser.findElement(By.cssSelector("input[name='tasking:activities'][value='REPORT_OBSERVED']"));
        if (!observe.isSelected()) {
            observe.click();
        }
        browser.findElement(By.id("tasking:limits")).sendKeys("Report which trailers wait at the Mariposa bay; no photographs.");
        browser.findElement(By.id("tasking:risk")).sendKeys("Low: the source works the bay.");
        browser.findElement(By.id("tasking:issue")).click();
        waitForText(By.id("taskings"), "Issued");
        JsonObject tasking = Api.get(Api.token(officer1()), "sources/" + source + "/taskings").json()
                .getJsonArray("taskings").getJsonObject(0);
        assertEquals("ISSUED", tasking.getString("status"));
        String taskingId = tasking.getString("id");
        shot("journey-1-tasking");

        // 2. a contact with an intelligence item answering the tasking
        browser.get(UI + "sources/view.xhtml?id=" + source);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("contacts-link"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contact:narrative")));
        String occurred = LocalDateTime.now(ZoneOffset.UTC).minusHours(2).truncatedTo(ChronoUnit.MINUTES).toString();
        browser.executeScript("document.getElementById('contact:occurredAt').value = arguments[0];", occurred);
        new Select(browser.findElement(By.id("contact:method"))).selectByValue("MEETING");
        browser.findElement(By.id("contact:place")).sendKeys("Rest area, km 12");
        browser.findElement(By.id("contact:durationMinutes")).sendKeys("40");
        browser.findElement(By.id("contact:narrative")).sendKeys("The source counted the trailers at the bay.");
        browser.findElement(By.id("contact:itemText")).sendKeys("Three reefer trailers wait at bay 4 every Tuesday");
        new Select(browser.findElement(By.id("contact:itemCredibility"))).selectByValue("2");
        new Select(browser.findElement(By.id("contact:itemTasking"))).selectByValue(taskingId);
        browser.findElement(By.id("contact:submit")).click();
        waitForText(By.id("messages"), "submitted");
        WebElement report = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reports .contact-report")));
        String reportId = report.getAttribute("id").substring("report-".length());
        assertTrue(report.getText().contains("Three reefer trailers wait at bay 4"), report.getText());
        assertTrue(report.findElement(By.cssSelector(".item-tasking")).getText().contains(tasking.getString("reference")),
                "the item names the tasking it answers");
        shot("journey-2-contact");

        // 3. a payment resting on the contact
        browser.get(UI + "sources/view.xhtml?id=" + source);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("payments-link"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger-total-lifetime")));
        BigDecimal before = new BigDecimal(browser.findElement(By.id("ledger-total-lifetime")).getText());
        browser.findElement(By.id("payment:amount")).sendKeys("180.00");
        new Select(browser.findElement(By.id("payment:kind"))).selectByValue("EXPENSES");
        browser.findElement(By.id("payment:purpose")).sendKeys("Fuel for the trip to the rest area");
        Select grounds = new Select(browser.findElement(By.id("payment:contactReportId")));
        assertEquals(2, grounds.getOptions().size(), "(none) and the one report of the source");
        grounds.selectByValue(reportId);
        new Select(browser.findElement(By.id("payment:contingentOn"))).selectByValue("NONE");
        browser.findElement(By.id("payment:request")).click();
        waitForText(By.id("payments-table"), "Requested");
        String paymentId = browser.findElement(By.cssSelector("tr.payment")).getAttribute("id").substring("payment-".length());
        assertTrue(browser.findElements(By.id("approve-" + paymentId)).isEmpty(), "the requester may not approve");
        shot("journey-3-requested");

        // 4. another person approves it
        browser.manage().deleteAllCookies();
        logInAs(controller1());
        browser.get(UI + "sources/payments.xhtml?id=" + source);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("approve-" + paymentId))).click();
        waitForText(By.id("status-" + paymentId), "Approved");

        // 5. the handler records it paid, before two witnesses, with the receipt
        browser.manage().deleteAllCookies();
        logInAs(officer1());
        browser.get(UI + "sources/payments.xhtml?id=" + source);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pay:witness1"))).sendKeys(controller1());
        browser.findElement(By.id("pay:witness2")).sendKeys(officer2());
        browser.executeScript("document.getElementById('pay:paidOn').value = arguments[0];", today.toString());
        browser.executeScript("document.getElementById('pay:receiptDated').value = arguments[0];", today.toString());
        browser.findElement(By.id("pay:receiptAmount")).sendKeys("180.00");
        Path receipt = Files.createTempFile("receipt", ".png");
        try {
            Files.write(receipt, PaymentSteps.PNG);
            browser.findElement(By.id("pay:receipt")).sendKeys(receipt.toString());
            browser.findElement(By.id("pay:record")).click();
            waitForText(By.id("status-" + paymentId), "Paid");
        } finally {
            Files.deleteIfExists(receipt);
        }

        // 6. the ledger's total changed by the amount, and the contact shows the payment made at it
        BigDecimal after = new BigDecimal(browser.findElement(By.id("ledger-total-lifetime")).getText());
        assertEquals(0, before.add(new BigDecimal("180.00")).compareTo(after), before + " -> " + after);
        shot("journey-4-ledger");
        JsonObject contact = Api.get(Api.token(reviewer1()), "contact-reports/" + reportId).json();
        assertEquals(paymentId, contact.getJsonArray("payments").getJsonObject(0).getString("id"));
        assertEquals("PAID", contact.getJsonArray("payments").getJsonObject(0).getString("status"));
    }
}
