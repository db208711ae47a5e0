package org.hum.it;

import java.util.Map;
import java.time.Duration;
import java.nio.file.Path;
import java.nio.file.Files;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.reports1;
import static org.hum.it.ReportSteps.contactItem;
import static org.hum.it.ReportSteps.description;
import static org.hum.it.ReportSteps.hoursAgo;
import static org.hum.it.ReportSteps.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reports pages in a browser: a reports officer drafts a report from a contact item, the
 * check marks the source's code name in place and refuses submission; without it the report is
 * submitted; its author has no approve button (and forcing the approval is refused); a controller
 * approves it from the approval queue and the released report shows its TLP marking and no
 * identifying detail.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class ReportBrowserIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aReportIsDraftedCheckedSubmittedAndReleasedByASecondPerson() {
        Cast.Source kestrel = Cast.source("KESTREL");
        ReportSteps.Item item = contactItem(kestrel.id(), "Precursor drums cross on the Tuesday night trucks", hoursAgo(5));
        String descriptionId = description("DIRECT");
        String planted = "Reporting from " + kestrel.codeName() + " says drums cross on Tuesday nights.";

        logInAs(reports1());
        browser.get(UI + "reports/index.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tr.item[data-id='" + item.id() + "'] a.draft-from"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report:title"))).sendKeys("Precursor drums at the western ports");
        WebElement itemBox = browser.findElement(By.cssSelector("input[name='report:itemIds'][value='" + item.id() + "']"));
        assertTrue(itemBox.isSelected(), "the item drafted from is chosen");
        assertFalse(browser.findElements(By.id("tearline")).isEmpty(), "the tearline is drawn");
        browser.findElement(By.id("report:releasableText")).sendKeys(planted);
        new Select(browser.findElement(By.id("report:sourceDescriptionId"))).selectByValue(descriptionId);
        new Select(browser.findElement(By.id("report:tlp"))).selectByValue("AMBER+STRICT");
        browser.findElement(By.cssSelector("input[name='report:releasableTo'][value='FEDERAL']")).click();
        browser.findElement(By.id("report:purpose")).sendKeys("CASE-2026-114");
        browser.findElement(By.id("report:save")).click();
        waitForText(By.id("messages"), "Draft saved");

        // the check marks the code name where it stands; submission is refused
        WebElement mark = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#marked-text mark.finding")));
        assertEquals(String.valueOf(planted.indexOf(kestrel.codeName())), mark.getAttribute("data-start"));
        assertEquals(kestrel.codeName(), mark.getText());
        assertEquals("CODE_NAME", mark.getAttribute("data-kind"));
        assertFalse(browser.getCurrentUrl().contains(kestrel.codeName()), "never in the URL");
        browser.findElement(By.id("submission:submit")).click();
        waitForText(By.id("messages"), "identifying detail");
        assertEquals(1, browser.findElements(By.cssSelector("#marked-text mark.finding")).size());

        // without the code name it goes through
        WebElement text = browser.findElement(By.id("report:releasableText"));
        text.clear();
        text.sendKeys("Reporting says drums cross on Tuesday nights.");
        browser.findElement(By.id("report:save")).click();
        waitForText(By.id("messages"), "Draft saved");
        assertTrue(browser.findElements(By.cssSelector("mark.finding")).isEmpty(), "nothing left to mark");
        browser.findElement(By.id("submission:submit")).click();
        waitForText(By.id("messages"), "Submitted for approval");
        String id = browser.getCurrentUrl().replaceAll(".*[?&]id=([^&]+).*", "$1");
        assertTrue(browser.findElements(By.id("approval:approve")).isEmpty(), "the author has no approve button");
        Api.Reply forced = Api.post(token(reports1()), "reports/" + id + "/approval", "{}");
        assertEquals(409, forced.status(), forced.body());
        assertTrue(forced.body().contains("report.independent-approver"), forced.body());

        // a controller approves from the queue
        browser.manage().deleteAllCookies();
        logInAs(controller1());
        browser.get(UI + "reports/index.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#approval-queue tr.report[data-id='" + id + "'] a.report-link"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approval:approve"))).click();
        waitForText(By.id("messages"), "released");
        assertEquals("TLP:AMBER+STRICT", browser.findElement(By.id("tlp")).getText());
        assertTrue(browser.findElement(By.id("tlp")).getAttribute("class").contains("tlp-amber-strict"));
        String released = browser.findElement(By.id("releasable-text")).getText();
        assertTrue(released.contains("drums cross on Tuesday nights"));
        String page = browser.findElement(By.tagName("main")).getText();
        assertFalse(page.contains(kestrel.codeName()), "no identifying detail on the released report");
        assertTrue(browser.findElement(By.id("releasability")).getText().contains("Federal"));
    }

    /**
     * The partner portal: a partner logs in and lands on the reports released to their organisation,
     * with the marking and no source's identity; downloads the CMS file; sees no source register; and
     * after a withdrawal finds the recall banner on the report.
     */
    @Test
    void aPartnerReadsDownloadsAndSeesTheRecall() throws Exception {
        PartnerSteps.Org org = PartnerSteps.org("portal", "TERRITORIAL");
        PartnerExchangeIT.Released r = PartnerExchangeIT.release(1, "TERRITORIAL");
        Path downloads = Files.createTempDirectory("hum-partner-downloads");

        browser.get(UI + "login.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        logIn(org.portalUser(), org.password());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Reports released to " + org.name()));
        browser.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        WebElement report = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("article.partner-report[data-report-id='" + r.reportId() + "']")));
        shot("partner-1-portal");
        assertTrue(report.getText().contains("TLP:AMBER"), report.getText());
        assertTrue(report.getText().contains("Refrigerated trailers cross early"), report.getText());
        String page = browser.getPageSource();
        assertFalse(page.contains(r.codeName()) || page.contains(r.sourceId()) || page.contains("Rests on"),
                "nothing above the tearline, no code name, no source id");
        assertTrue(browser.findElements(By.id("nav-sources")).isEmpty(), "no source register for a partner");
        assertTrue(report.findElements(By.cssSelector(".recall-banner")).isEmpty());

        report.findElement(By.cssSelector("a.download-cms")).click();
        Path file = downloads.resolve("hum-report-" + r.reportId() + ".p7m");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!Files.isRegularFile(file) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(Files.isRegularFile(file), "downloaded");
        byte[] der = Files.readAllBytes(file);
        assertEquals(0x30, der[0] & 0xff, "a DER CMS structure");
        assertTrue(der.length > 1000);

        // the source register is not theirs even by address
        browser.get(UI + "index.xhtml");
        assertFalse(browser.getPageSource().contains("source-total"), "no source register");

        Api.Reply withdrawn = Api.post(token(controller1()), "reports/" + r.versionId() + "/withdrawal",
                "{\"reason\":\"Withdrawn pending review\"}");
        assertEquals(200, withdrawn.status(), withdrawn.body());
        browser.get(UI + "partner/index.xhtml");
        WebElement banner = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("article.partner-report[data-report-id='" + r.reportId() + "'] .recall-banner")));
        assertTrue(banner.getText().contains("Withdrawn pending review"), banner.getText());
        shot("partner-2-recalled");
    }
}
