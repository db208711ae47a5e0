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

import java.util.List;

import static org.hum.it.Cast.reviewer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reviewer draws a sample with a seed on the page, draws it again with the same seed, and completes a checklist. */
@ExtendWith({ArquillianExtension.class, Cast.class})
class FileSamplingBrowserIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aReviewerDrawsASampleWithASeedAgainAndCompletesAChecklist() {
        Cast.source("KESTREL");
        Cast.source("HERON");
        Cast.source("SPARROW");
        browser.get(UI + "login.xhtml");
        logIn(reviewer1(), Cast.password());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-samples")));
        browser.findElement(By.id("nav-samples")).click();
        List<String> first = draw("2", "4242");
        assertEquals(2, first.size());
        assertTrue(browser.findElement(By.id("sample")).getText().contains("2 files of 3;"), browser.findElement(By.id("sample")).getText());
        List<String> again = draw("2", "4242");
        assertEquals(first, again, "the same seed draws the same files in the same order");
        shot("file-sample");

        new Select(browser.findElement(By.id("check:sourceId"))).selectByValue(first.get(0));
        for (WebElement answer : browser.findElements(By.cssSelector("#check select[class^='answer-']"))) {
            new Select(answer).selectByValue(answer.getAttribute("class").contains("PAYMENTS") ? "NOT_APPLICABLE" : "YES");
        }
        browser.findElement(By.id("check:note")).sendKeys("All in order");
        WebElement keep = browser.findElement(By.id("check:submit"));
        keep.click();
        wait.until(ExpectedConditions.stalenessOf(keep));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sampled")));
        String row = browser.findElements(By.cssSelector("#sampled tr.sampled-file")).stream()
                .filter(r -> first.get(0).equals(r.getAttribute("data-id"))).findFirst().orElseThrow().getText();
        assertTrue(row.contains("All in order") && row.contains(reviewer1()) && row.contains("Not applicable"), row);
        assertTrue(browser.findElement(By.id("sample")).getText().contains("1 checklists completed"));
    }

    private List<String> draw(String size, String seed) {
        WebElement sizeInput = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("draw:size")));
        sizeInput.sendKeys(size);
        browser.findElement(By.id("draw:seed")).sendKeys(seed);
        WebElement submit = browser.findElement(By.id("draw:submit"));
        submit.click();
        wait.until(ExpectedConditions.stalenessOf(submit));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sampled")));
        assertEquals(seed, browser.findElement(By.id("sample-seed")).getText());
        return browser.findElements(By.cssSelector("#sampled tr.sampled-file")).stream().map(r -> r.getAttribute("data-id")).toList();
    }
}
