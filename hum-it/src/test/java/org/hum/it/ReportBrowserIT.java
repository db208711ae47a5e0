package org.hum.it;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
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
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.reports1;
import static org.hum.it.Cast.reviewer1;
import static org.hum.it.ReportSteps.description;
import static org.hum.it.ReportSteps.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reports pages in a browser: a case officer logs a contact with an item on the contact-report
 * page; a reports officer drafts a report from a contact item, the
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
    void aReportIsDraftedCheckedSubmittedAndReleasedByASecondPerson() throws Exception {
        Cast.Source kestrel = Cast.source("KESTREL");
        String descriptionId = description("DIRECT");
        String planted = "Reporting from " + kestrel.codeName() + " says drums cross on Tuesday nights.";

        // officer1 logs the contact with its item on the contact-report page
        String itemText = "Precursor drums cross on the Tuesday night trucks " + Cast.suffix();
        logInAs(officer1());
        browser.get(UI + "sources/view.xhtml?id=" + kestrel.id());
        wait.until(ExpectedConditions.elementToBeClickable(By.id("contacts-link"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contact:narrative")));
        String occurred = LocalDateTime.now(ZoneOffset.UTC).minusHours(5).truncatedTo(ChronoUnit.MINUTES).toString();
        browser.executeScript("document.getElementById('contact:occurredAt').value = arguments[0];", occurred);
        new Select(browser.findElement(By.id("contact:method"))).selectByValue("MEETING");
        browser.findElement(By.id("contact:place")).sendKeys(ReportSteps.PLACE);
        browser.findElement(By.id("contact:durationMinutes")).sendKeys("40");
        browser.findElement(By.id("contact:narrative")).sendKeys("Met as arranged.");
        browser.findElement(By.id("contact:itemText")).sendKeys(itemText);
        new Select(browser.findElement(By.id("contact:itemCredibility"))).selectByValue("2");
        browser.findElement(By.id("contact:submit")).click();
        waitForText(By.id("messages"), "submitted");
        waitForText(By.id("reports"), itemText);
        shot("report-0-contact");
        browser.manage().deleteAllCookies();

        // reports1 drafts from the item the contact gave
        logInAs(reports1());
        browser.get(UI + "reports/index.xhtml");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[contains(@class,'item')][contains(., '" + itemText + "')]")));
        ReportSteps.Item item = new ReportSteps.Item(row.getAttribute("data-id"), null, null);
        row.findElement(By.cssSelector("a.draft-from")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report:title"))).sendKeys("Precursor drums at the western ports");
        WebElement itemBox = browser.findElement(By.cssSelector("input[name='report:itemIds'][value='" + item.id() + "']"));
        assertTrue(itemBox.isSelected(), "the item drafted from is chosen");
        assertFalse(browser.findElements(By.id("tearline")).isEmpty(), "the tearline is drawn");
        browser.findElement(By.id("report:releasableText")).sendKeys(planted);
        String place = "Harbour cafe Zanzibar-4410";
        browser.findElement(By.id("report:area")).sendKeys("Near " + place);
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
        WebElement inArea = browser.findElement(By.cssSelector("#marked-area mark.finding"));
        assertEquals(place, inArea.getText(), "the contact's place marked in the area, where it stands");
        assertEquals("CONTACT_PLACE", inArea.getAttribute("data-kind"));
        assertEquals("5", inArea.getAttribute("data-start"));
        assertTrue(browser.findElements(By.id("marked-title")).isEmpty(), "the title holds nothing to mark");
        shot("report-1-findings");

        // without the code name it goes through
        WebElement text = browser.findElement(By.id("report:releasableText"));
        text.clear();
        text.sendKeys("Reporting says drums cross on Tuesday nights.");
        WebElement area = browser.findElement(By.id("report:area"));
        area.clear();
        area.sendKeys("Sonora corridor");
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
        String lower = page.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains(kestrel.codeName().toLowerCase(Locale.ROOT)), "no code name on the released report");
        assertFalse(lower.contains(kestrel.trueName().toLowerCase(Locale.ROOT)), "no true name on the released report");
        String digits = kestrel.phone().replaceAll("[^0-9]", "");
        assertFalse(page.replaceAll("[^0-9]", "").contains(digits.substring(digits.length() - 7)), "no phone on the released report");
        assertTrue(browser.findElement(By.id("releasability")).getText().contains("Federal"));
        WebElement drawn = browser.findElement(By.cssSelector(".drawn-file[data-source-id='" + kestrel.id() + "']"));
        assertTrue(drawn.findElement(By.cssSelector(".file-label")).getText().contains(Cast.copper()), drawn.getText());
        assertTrue(drawn.findElement(By.cssSelector(".report-item")).getText().contains(itemText), "the file's label beside its items");
        shot("report-2-released");

        // the controller withdraws it on the page: a reason is needed, then every version closes
        browser.findElement(By.id("withdrawal:withdraw")).click();
        waitForText(By.id("messages"), "reason");
        assertEquals(0, PaymentSteps.count("SELECT COUNT(*) FROM dissemination WHERE report_id = ? AND action = 'RECALL' AND recipient = 'FEDERAL'", id),
                "nothing recalled without a reason");
        browser.findElement(By.id("withdrawal:reason")).sendKeys("Superseded by the seizure report");
        browser.findElement(By.id("withdrawal:withdraw")).click();
        waitForText(By.id("messages"), "withdrawn");
        assertEquals("withdrawn", browser.findElement(By.id("report-status")).getText().toLowerCase(Locale.ROOT));
        assertTrue(browser.findElements(By.id("withdrawal:withdraw")).isEmpty(), "a withdrawn report is withdrawn once");
        assertEquals(1, PaymentSteps.count("SELECT COUNT(*) FROM dissemination WHERE report_id = ? AND action = 'RECALL' AND recipient = 'FEDERAL'", id),
                "its one recipient recalled");
        browser.manage().deleteAllCookies();

        // a reviewer reads the dissemination log: a search narrows it, the export downloads its rows
        logInAs(reviewer1());
        browser.get(UI + "reports/disseminations.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("search:reportId")));
        int everything = browser.findElements(By.cssSelector("#disseminations tr.dissemination")).size();
        browser.findElement(By.id("search:reportId")).sendKeys(id);
        new Select(browser.findElement(By.id("search:action"))).selectByValue("RELEASE");
        browser.findElement(By.id("search:submit")).click();
        try {
            wait.until(d -> d.findElements(By.cssSelector("#disseminations tr.dissemination")).size() == 1);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the search for the release found: " + browser.findElement(By.tagName("main")).getText(), e);
        }
        WebElement only = browser.findElement(By.cssSelector("#disseminations tr.dissemination"));
        assertTrue(only.getText().contains(id) && only.getText().contains("FEDERAL") && only.getText().contains("CASE-2026-114"),
                only.getText());
        assertTrue(everything >= 1, "the release is in the whole log too");
        shot("report-3-dissemination-log");
        Path downloads = Files.createTempDirectory("hum-log-downloads");
        browser.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        browser.findElement(By.id("search:export")).click();
        Path file = downloads.resolve("disseminations.csv");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!Files.isRegularFile(file) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(Files.isRegularFile(file), "the export downloaded");
        List<String> lines = Files.readAllLines(file);
        assertEquals("action,reportId,versionId,version,recipient,tlp,purpose,actor,at", lines.get(0));
        assertEquals(2, lines.size(), "the header and the one row the search found: " + lines);
        assertTrue(lines.get(1).startsWith("RELEASE," + id + "," + id + ",1,\"FEDERAL\",\"AMBER+STRICT\",\"CASE-2026-114\",\""
                + controller1() + "\","), lines.get(1));
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
