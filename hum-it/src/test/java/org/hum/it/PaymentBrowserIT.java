package org.hum.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.hum.it.Cast.authoriser2;
import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.officer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The payments page in a browser: a case officer requests a payment, a controller approves it,
 * the case officer records it paid before two witnesses with its receipt, and the ledger's
 * lifetime total and chart change; a controller reverses it and the total goes back.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class PaymentBrowserIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void requestApproveAsAnotherRecordWithWitnessesAndReceiptAndSeeTheLedgerTotal() throws Exception {
        String source = LifecycleIT.ready("PAY-UI").sourceId();
        String contact = PaymentSteps.contactReport(source, true);
        LocalDate today = LifecycleIT.today();

        logInAs(officer1());
        browser.get(UI + "sources/view.xhtml?id=" + source);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("payments-link"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger-total-lifetime")));
        assertEquals(0, BigDecimal.ZERO.compareTo(new BigDecimal(browser.findElement(By.id("ledger-total-lifetime")).getText())));

        // a refusal first: a payment contingent on a seizure, shown, nothing requested
        fillRequest("275.50", contact);
        new Select(browser.findElement(By.id("payment:contingentOn"))).selectByValue("SEIZURE");
        browser.findElement(By.id("payment:request")).click();
        waitForText(By.tagName("main"), "contingent");
        assertTrue(browser.findElements(By.cssSelector("tr.payment")).isEmpty(), "nothing requested");

        fillRequest("275.50", contact);
        new Select(browser.findElement(By.id("payment:contingentOn"))).selectByValue("NONE");
        browser.findElement(By.id("payment:request")).click();
        waitForText(By.id("payments-table"), "Requested");
        String paymentId = browser.findElement(By.cssSelector("tr.payment")).getAttribute("id").substring("payment-".length());
        assertTrue(browser.findElement(By.id("payment-" + paymentId)).getText().contains("standard approval"), "the step still needed");
        assertTrue(browser.findElements(By.id("approve-" + paymentId)).isEmpty(), "the requester may not approve");

        browser.manage().deleteAllCookies();
        logInAs(controller1());
        browser.get(UI + "sources/payments.xhtml?id=" + source);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approve-" + paymentId))).click();
        waitForText(By.id("status-" + paymentId), "Approved");

        browser.manage().deleteAllCookies();
        logInAs(officer1());
        browser.get(UI + "sources/payments.xhtml?id=" + source);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pay:witness1"))).sendKeys(controller1());
        browser.findElement(By.id("pay:witness2")).sendKeys(authoriser2());
        setDate("pay:paidOn", today);
        setDate("pay:receiptDated", today);
        browser.findElement(By.id("pay:receiptAmount")).sendKeys("275.50");
        Path receipt = Files.createTempFile("receipt", ".png");
        Files.write(receipt, PaymentSteps.PNG);
        browser.findElement(By.id("pay:receipt")).sendKeys(receipt.toString());
        browser.findElement(By.id("pay:record")).click();
        waitForText(By.id("status-" + paymentId), "Paid");
        assertEquals(0, new BigDecimal("275.50").compareTo(new BigDecimal(browser.findElement(By.id("ledger-total-lifetime")).getText())));
        assertTrue(browser.findElement(By.id("ledger-table")).getText().contains((controller1() + ", " + authoriser2())));
        assertEquals("275.50", browser.findElement(By.cssSelector("#ledger-chart g.bar[data-month='"
                + java.time.YearMonth.from(today) + "']")).getAttribute("data-amount"));
        assertTrue(browser.findElement(By.id("ledger-chain")).getText().contains("intact"));
        assertEquals(1, browser.findElements(By.id("receipt-" + paymentId)).size(), "the receipt can be downloaded");
        Files.deleteIfExists(receipt);

        // a controller corrects it with a reversing entry: the total goes back, the entry stays
        browser.manage().deleteAllCookies();
        logInAs(controller1());
        browser.get(UI + "sources/payments.xhtml?id=" + source);
        String entryId = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("div.reversal")))
                .getAttribute("id").substring("reversal-".length());
        browser.findElement(By.id("reversal-reason-" + entryId)).sendKeys("Recorded against the wrong source");
        browser.findElement(By.id("reverse-" + entryId)).click();
        waitForText(By.id("ledger-table"), "Recorded against the wrong source");
        assertEquals(0, BigDecimal.ZERO.compareTo(new BigDecimal(browser.findElement(By.id("ledger-total-lifetime")).getText())));
        assertEquals(2, browser.findElements(By.cssSelector("tr.ledger-entry")).size());
        assertEquals("2", browser.findElement(By.id("ledger-count")).getText(), "the ledger page counts the whole ledger");
        assertEquals(Integer.toString(browser.findElements(By.cssSelector("tr.payment")).size()),
                browser.findElement(By.id("payments-total")).getText(), "one page holds every payment of this file");
        assertTrue(browser.findElements(By.id("payments-older")).isEmpty(), "no older page");
    }

    private void fillRequest(String amount, String contact) {
        var a = browser.findElement(By.id("payment:amount"));
        a.clear();
        a.sendKeys(amount);
        new Select(browser.findElement(By.id("payment:kind"))).selectByValue("EXPENSES");
        var p = browser.findElement(By.id("payment:purpose"));
        p.clear();
        p.sendKeys("Fuel and meals for the San Luis meetings");
        new Select(browser.findElement(By.id("payment:contactReportId"))).selectByValue(contact);
    }

    private void setDate(String id, LocalDate day) {
        browser.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, day.toString());
    }
}
