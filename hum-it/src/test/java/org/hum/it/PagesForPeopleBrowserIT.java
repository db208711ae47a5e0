package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.reviewer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages speak to a person: constants as words and times with their zone on the dashboard,
 * the source page and the audit page; the true identity only behind "Show identity", whose
 * reading is audited; the audit export as a download. Screenshots in target/screenshots.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class PagesForPeopleBrowserIT extends BrowserJourney {
    /** A constant as the machine writes it; code names cannot hold an underscore, so they never match. */
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b");
    /** An ISO-8601 time or day. */
    private static final Pattern ISO = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})?");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** A file registered by the cast's officer1 (its handler, so they hold the true-identity grant) with every particular. */
    private static String register(String codeName) {
        String body = RegistrationParticularsIT.full(codeName, "TUC-" + codeName, "P" + codeName).build().toString();
        Api.Reply r = Api.post(Api.token(officer1()), "sources", body);
        assertEquals(201, r.status(), r.body());
        return r.json().getString("id");
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    /** How many entries of this action the trail holds for the file, as a reviewer reads them through the API. */
    private static long audited(String sourceId, String action) {
        Api.Reply r = Api.get(Api.token(reviewer1()), "audit?sourceId=" + sourceId + "&action=" + action);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonNumber("total").longValue();
    }

    private void logOut() {
        WebElement out = browser.findElement(By.id("logout:submit"));
        out.click();
        wait.until(ExpectedConditions.stalenessOf(out));
    }

    /** The whole page, not only the window: the window is stretched to the page's height for the picture. */
    private void page(String name) {
        org.openqa.selenium.Dimension window = browser.manage().window().getSize();
        long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(window.getWidth(), (int) Math.min(height + 140, 7000)));
        try {
            shot(name);
        } finally {
            browser.manage().window().setSize(window);
        }
    }

    private String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private void assertForPeople(String page) {
        String text = main();
        Matcher constant = CONSTANT.matcher(text);
        assertFalse(constant.find(), page + " shows the constant " + (constant.hitEnd() ? "" : constant.group()) + ":\n" + text);
        Matcher iso = ISO.matcher(text);
        assertFalse(iso.find(), page + " shows an ISO time " + (iso.hitEnd() ? "" : iso.group()) + ":\n" + text);
    }

    @Test
    void theIdentityStaysHiddenUntilAskedAndTheAskingIsAudited() {
        String codeName = unique("VEIL");
        String id = register(codeName);
        long before = audited(id, "TRUE_IDENTITY_VIEWED");

        logInAs(officer1());
        browser.get(UI + "sources/view.xhtml?id=" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reveal:show-identity")));
        page("pages-1-source-identity-hidden");
        assertTrue(browser.findElements(By.id("true-name")).isEmpty(), "no true name before it is asked for");
        String hidden = browser.getPageSource();
        assertFalse(hidden.contains("Vantongerloo"), "the true name is not even in the page");
        for (String secret : RegistrationParticularsIT.SECRETS) {
            assertFalse(hidden.contains(secret), "a restricted particular is not in the page: " + secret);
        }
        assertEquals(before, audited(id, "TRUE_IDENTITY_VIEWED"), "opening the page reads no identity");
        assertForPeople("the source page");
        assertTrue(main().contains("Money, revenge"), "motivations as words: " + main());
        assertTrue(main().contains("High risk"), main());

        // the table of contents leads to every section of the page
        List<WebElement> toc = browser.findElements(By.cssSelector("nav.toc a[href^='#']"));
        assertTrue(toc.size() >= 6, "a table of contents: " + toc.size());
        for (WebElement link : toc) {
            String anchor = link.getAttribute("href").replaceFirst(".*#", "");
            assertEquals(1, browser.findElements(By.id(anchor)).size(), "the section " + anchor + " exists");
        }
        browser.findElement(By.cssSelector("nav.toc a[href='#standing-section']")).click();
        wait.until(d -> browser.getCurrentUrl().endsWith("#standing-section"));
        shot("pages-2-source-jumped-to-status");

        WebElement show = browser.findElement(By.id("reveal:show-identity"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", show); // clear of the sticky contents bar
        show.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("true-name")));
        assertEquals("Leocadia Vantongerloo", browser.findElement(By.id("true-name")).getText());
        assertTrue(browser.findElement(By.id("employer")).getText().contains("Vellocino"));
        assertTrue(browser.findElements(By.id("reveal:show-identity")).isEmpty(), "asked once, the button is gone");
        assertFalse(browser.getCurrentUrl().contains("Vantongerloo"), "no identity in the address");
        page("pages-3-source-identity-shown");
        assertForPeople("the source page with the identity");
        assertEquals(before + 1, audited(id, "TRUE_IDENTITY_VIEWED"), "showing the identity is audited once");
        JsonObject newest = Api.get(Api.token(reviewer1()), "audit?sourceId=" + id + "&action=TRUE_IDENTITY_VIEWED")
                .json().getJsonArray("items").getJsonObject(0);
        assertEquals(officer1(), newest.getString("actor"));

        browser.get(UI + "sources/view.xhtml?id=" + id); // opened anew, the page asks again
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reveal:show-identity")));
        assertTrue(browser.findElements(By.id("true-name")).isEmpty());
    }

    @Test
    void whoHoldsNoGrantSeesNoShowIdentityButton() {
        String id = register(unique("SHUT"));
        logInAs(controller1()); // not assigned to this file: no true-identity grant
        browser.get(UI + "sources/view.xhtml?id=" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("identity-restricted")));
        assertTrue(browser.findElements(By.id("reveal:show-identity")).isEmpty(), "no button without the grant");
        assertTrue(browser.findElements(By.id("true-name")).isEmpty());
        shot("pages-4-source-no-grant");
    }

    @Test
    void theDashboardAndTheAuditPageSpeakInWords() {
        logInAs(controller1());
        browser.findElement(By.id("nav-dashboard")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Dashboard"));
        page("pages-5-dashboard-controller");
        assertForPeople("the controller's dashboard");

        logOut();
        logInAs(officer1());
        browser.findElement(By.id("nav-dashboard")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Dashboard"));
        page("pages-6-dashboard-officer");
        assertForPeople("the officer's dashboard");
        String kestrel = Cast.source("KESTREL").id();
        browser.get(UI + "sources/payments.xhtml?id=" + kestrel);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger-totals")));
        page("pages-7-payments");
        assertForPeople("the payments page");
        browser.get(UI + "sources/contacts.xhtml?id=" + kestrel);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reports")));
        page("pages-8-contacts");
        assertForPeople("the contact reports page");
        browser.get(UI + "sources/authorisations.xhtml?id=" + kestrel);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code-name")));
        page("pages-9-authorisations");
        assertForPeople("the authorisations page");

        logOut();
        logInAs(reviewer1());
        browser.findElement(By.id("nav-audit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("entries")));
        page("pages-10-audit");
        assertForPeople("the audit page");
        assertFalse(main().contains("/api/"), "no API call to make by hand");
        // an action typed in words filters as its code does
        browser.findElement(By.id("action")).sendKeys("login succeeded");
        browser.findElement(By.id("filter")).click();
        wait.until(d -> d.getCurrentUrl().contains("action="));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("audit-total")));
        browser.findElements(By.cssSelector("span.audit-action")).forEach(a ->
                assertEquals("LOGIN_SUCCEEDED", a.getAttribute("data-action")));
    }

    @Test
    void theAuditExportIsADownloadButton() throws Exception {
        String id = register(unique("SLICE"));
        Path downloads = Files.createTempDirectory("hum-downloads");
        logInAs(reviewer1());
        browser.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        browser.get(UI + "audit.xhtml?sourceId=" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("export-download")));
        shot("pages-11-audit-export-button");
        long exportsBefore = exports(id);
        browser.findElement(By.id("export-download")).click();

        Path file = downloads.resolve("hum-audit-slice.json");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!Files.isRegularFile(file) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(Files.isRegularFile(file), "the export was downloaded: " + listing(downloads));
        JsonObject slice = Json.createReader(new StringReader(Files.readString(file))).readObject();
        assertFalse(slice.getJsonArray("entries").isEmpty(), "the file's entries are in the slice");
        assertTrue(slice.getJsonArray("entries").stream().map(e -> e.asJsonObject().getString("objectId", ""))
                .allMatch(id::equals), "only this file's entries, as filtered");
        assertEquals(exportsBefore + 1, exports(id), "the export is audited as the API's is");
    }

    private static long exports(String sourceId) {
        // an export is recorded as AUDIT_READ of an AUDIT_EXPORT whose object is the filter's file
        Api.Reply r = Api.get(Api.token(reviewer1()), "audit?actor=" + reviewer1() + "&action=AUDIT_READ&size=100");
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").stream().map(e -> e.asJsonObject())
                .filter(e -> "AUDIT_EXPORT".equals(e.getString("objectType", "")))
                .filter(e -> sourceId.equals(e.getString("objectId", ""))).count();
    }

    private static String listing(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(Path::toString).toList().toString();
        }
    }
}
