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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.hum.it.Cast.reviewer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reviewer's inspection day (docs/domain.md, "Oversight"): the workspace shows an overdue review
 * planted by moving the rule clock; the reviewer opens the file from it and marks it seen; draws a
 * sample with a seed and completes a checklist; and downloads the central register as the PDF
 * inspection pack, whose text (read by poppler's {@code pdftotext}) carries the marking on every
 * page and the planted file's row.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class OversightBrowserIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aReviewerWorksTheWorkspaceSamplesAndDownloadsTheInspectionPack() throws Exception {
        Cast.source("SPARROW");
        String[] planted = WorkspaceIT.plantedReview();
        String file = planted[0];
        try {
            WorkspaceIT.moveClockPast(planted[2]);
            logInAs(reviewer1());
            browser.findElement(By.id("nav-workspace")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("workspace")));
            WebElement line = reviewLine(file);
            assertTrue(line.getAttribute("class").contains("overdue"), line.getAttribute("class"));
            assertTrue(line.getText().contains("Overdue"), line.getText());
            String key = line.getAttribute("data-key");
            shot("workspace");
            line.findElement(By.cssSelector("a.open-line")).click();
            wait.until(ExpectedConditions.urlContains("sources/authorisations.xhtml?id=" + file));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));

            browser.findElement(By.id("nav-workspace")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mark:key")));
            new Select(browser.findElement(By.id("mark:key"))).selectByValue(key);
            browser.findElement(By.id("mark:note")).sendKeys("Late review raised with the controller");
            WebElement submit = browser.findElement(By.id("mark:submit"));
            submit.click();
            wait.until(ExpectedConditions.stalenessOf(submit));
            wait.until(d -> reviewLine(file).getText().contains("Late review raised with the controller"));
            assertTrue(reviewLine(file).getText().contains(reviewer1()));

            browser.findElement(By.id("nav-samples")).click();
            WebElement size = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("draw:size")));
            size.sendKeys("1");
            browser.findElement(By.id("draw:seed")).sendKeys("20261205");
            WebElement draw = browser.findElement(By.id("draw:submit"));
            draw.click();
            wait.until(ExpectedConditions.stalenessOf(draw));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sampled")));
            assertEquals("20261205", browser.findElement(By.id("sample-seed")).getText());
            String drawn = browser.findElements(By.cssSelector("#sampled tr.sampled-file")).get(0).getAttribute("data-id");
            new Select(browser.findElement(By.id("check:sourceId"))).selectByValue(drawn);
            for (WebElement answer : browser.findElements(By.cssSelector("#check select[class^='answer-']"))) {
                new Select(answer).selectByValue("YES");
            }
            WebElement keep = browser.findElement(By.id("check:submit"));
            keep.click();
            wait.until(ExpectedConditions.stalenessOf(keep));
            waitForText(By.id("sample"), "1 checklists completed");

            browser.findElement(By.id("nav-register")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("register")));
            WebElement row = browser.findElements(By.cssSelector("#register tr.register-row")).stream()
                    .filter(r -> file.equals(r.getAttribute("data-id"))).findFirst().orElseThrow();
            String codeName = row.findElement(By.cssSelector("td:nth-child(2)")).getText();
            assertTrue(row.getAttribute("class").contains("overdue"), "the planted file is overdue in the register");
            shot("register");
            String href = browser.findElement(By.id("download-pdf")).getAttribute("href");
            byte[] pdf = download(href);
            Path saved = Files.createTempFile("pack", ".pdf");
            Files.write(saved, pdf);
            String all = run("pdftotext", "-layout", saved.toString(), "-");
            String marking = all.strip().lines().findFirst().orElseThrow().strip();
            assertTrue(marking.contains("//") && marking.contains(Cast.copper()) && marking.contains(Cast.mesa()),
                    "the pack's marking: " + marking);
            List<String> pages = List.of(all.split("\f"));
            for (int p = 0; p < pages.size(); p++) {
                if (pages.get(p).isBlank()) {
                    continue;
                }
                String page = pages.get(p);
                assertTrue(page.indexOf(marking) != page.lastIndexOf(marking), "the marking twice on page " + (p + 1));
            }
            assertTrue(all.contains(codeName), "the planted file's row: " + codeName);
            Files.delete(saved);
        } finally {
            WorkspaceIT.resetClock();
        }
    }

    private WebElement reviewLine(String file) {
        return browser.findElements(By.cssSelector("#workspace tr.workspace-line")).stream()
                .filter(r -> "REVIEWS".equals(r.getAttribute("data-group")))
                .filter(r -> !r.findElements(By.cssSelector("a.open-line[href*='" + file + "']")).isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no review line of " + file));
    }

    /** The page's download, fetched with the browser's own session. */
    private byte[] download(String href) throws Exception {
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        return r.body();
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", command) + ": " + out);
        return out;
    }
}
