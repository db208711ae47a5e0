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

import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;

import static org.hum.it.Cast.admin1;
import static org.hum.it.Cast.authoriser1;
import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.officer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule-profile page and a source's status panel, in a browser. */
@ExtendWith({ArquillianExtension.class, Cast.class})
class StandingBrowserIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anAdministratorTunesAndSwitchesTheRuleProfileInThePage() {
        String admin = Api.token(admin1());
        try {
            logInAs(admin1());
            browser.findElement(By.id("nav-admin")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rule-profile-link"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Rule profile"));
            assertEquals("US_FEDERAL", browser.findElement(By.id("profile-id")).getText());

            figure("oiaMaxDays", "91");
            browser.findElement(By.id("tune:submit")).click();
            waitForText(By.id("messages"), "oiaMaxDays");
            assertEquals(90, Api.get(admin, "rule-profile").json().getJsonObject("figures").getInt("oiaMaxDays"),
                    "a refused tuning changes nothing");

            figure("oiaMaxDays", "60");
            browser.findElement(By.id("tune:submit")).click();
            waitForText(By.id("messages"), "saved");
            assertEquals("tuned", browser.findElement(By.id("profile-shipped")).getText());
            assertEquals(60, Api.get(Api.token(officer1()), "rule-profile").json().getJsonObject("figures").getInt("oiaMaxDays"));
            assertTrue(texts("span.change-action").contains("Changed"));

            new Select(browser.findElement(By.id("choose:profile"))).selectByVisibleText("UK");
            browser.findElement(By.id("choose:submit")).click();
            waitForText(By.id("profile-id"), "UK");
            assertEquals("GBP", Api.get(Api.token(officer1()), "rule-profile").json().getJsonObject("figures").getString("currency"));
        } finally {
            Api.send(Api.request(admin, "admin/rule-profile").header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"profile\":\"US_FEDERAL\"}")));
            Api.post(admin, "admin/rule-profile/reset", "");
        }
    }

    @Test
    void aHandlerClosesASourceForCauseAndASeniorApproverReopensIt() {
        String code = "AA-UI-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String id = Api.post(Api.token(officer1()), "sources", Api.registration(code, copper(), "Browser Standing",
                "1979-09-09", "+1 555 222 3333")).json().getString("id");

        logInAs(officer1());
        browser.get(UI + "sources/view.xhtml?id=" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("standing-status")));
        assertEquals("Active", browser.findElement(By.id("standing-status")).getText());

        browser.findElement(By.id("deactivate:reason")).sendKeys("Fabricated reporting");
        browser.findElement(By.id("deactivate:forCause")).click();
        browser.findElement(By.id("deactivate:submit")).click();
        waitForText(By.tagName("main"), "delayed");
        assertEquals("Active", browser.findElement(By.id("standing-status")).getText(), "refused: nothing changed");

        browser.findElement(By.id("deactivate:reason")).clear();
        browser.findElement(By.id("deactivate:reason")).sendKeys("Fabricated reporting");
        if (!browser.findElement(By.id("deactivate:forCause")).isSelected()) {
            browser.findElement(By.id("deactivate:forCause")).click();
        }
        browser.findElement(By.id("deactivate:delayReason")).sendKeys("Telling would expose the operation");
        browser.findElement(By.id("deactivate:submit")).click();
        waitForText(By.id("standing-status"), "Closed for cause");
        assertEquals(List.of("Active", "Closed for cause"), texts("span.history-status"));
        assertTrue(browser.findElement(By.id("standing-history")).getText().contains("Telling would expose the operation"));

        browser.findElement(By.id("reactivate:reason")).sendKeys("Cause reviewed with the unit");
        browser.findElement(By.id("reactivate:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("standing-pending")));
        assertEquals("Closed for cause", browser.findElement(By.id("standing-status")).getText());
        assertTrue(browser.findElements(By.id("approveReactivation:submit")).isEmpty(), "not for the handler");

        browser.manage().deleteAllCookies();
        logInAs(authoriser1());
        browser.get(UI + "sources/view.xhtml?id=" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approveReactivation:reason")))
                .sendKeys("Approved after review");
        browser.findElement(By.id("approveReactivation:submit")).click();
        waitForText(By.id("standing-status"), "Active");
        assertEquals(List.of("Active", "Closed for cause", "Active"), texts("span.history-status"));

        // the register shows the status: on the page (twenty files a page, by code name) that holds this file
        int index = -1;
        for (int page = 0; index < 0; page++) {
            var items = Api.get(Api.token(authoriser1()), "sources?size=100&page=" + page).json().getJsonArray("items");
            assertFalse(items.isEmpty(), "the file is in the register");
            for (int i = 0; i < items.size() && index < 0; i++) {
                if (items.getJsonObject(i).getString("codeName").equals(code)) {
                    index = page * 100 + i;
                }
            }
        }
        browser.get(UI + "index.xhtml?page=" + index / 20);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sources")));
        WebElement row = browser.findElements(By.cssSelector("#sources tbody tr")).stream()
                .filter(r -> r.getText().contains(code)).findFirst().orElseThrow();
        assertEquals("Active", row.findElement(By.cssSelector("span.source-status")).getText());
    }


    private void figure(String key, String value) {
        WebElement input = browser.findElement(By.cssSelector("input[data-figure='" + key + "']"));
        input.clear();
        input.sendKeys(value);
    }

    private List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

}
