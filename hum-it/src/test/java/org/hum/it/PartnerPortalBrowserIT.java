package org.hum.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.hum.it.Cast.controller1;
import static org.hum.it.ReportSteps.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The partner portal in a browser: a partner logs in and lands on the reports released to their
 * organisation, with the marking and no source's identity; downloads the CMS file; sees no
 * source register; and after a withdrawal finds the recall banner on the report.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class PartnerPortalBrowserIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

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
