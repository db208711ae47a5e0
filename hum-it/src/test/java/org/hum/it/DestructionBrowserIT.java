package org.hum.it;

import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.hum.it.Cast.authoriser1;
import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.officer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On the retention page a controller requests the destruction of a deactivated file and a senior
 * authorising officer approves it early with an override reason (docs/domain.md, "Retention and
 * destruction (step 9)").
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class DestructionBrowserIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aControllerRequestsAndASeniorAuthoriserApprovesWithAnOverrideOnThePage() {
        String officer = Api.token(officer1());
        String code = "PAGESHRED-" + Cast.suffix();
        String id = KeyLifecycleIT.register(officer, code, "Philippa Pageshred");
        Api.Reply d = Api.post(officer, "sources/" + id + "/deactivation", Json.createObjectBuilder()
                .add("reason", "Moved abroad").add("forCause", false).add("sourceTold", true).build().toString());
        assertEquals(200, d.status(), d.body());

        logInAs(controller1());
        open();
        String due = browser.findElement(By.id("due")).getText();
        assertTrue(due.contains(code) && due.contains("period running"), due);
        new Select(browser.findElement(By.id("request:sourceId"))).selectByValue(id);
        browser.findElement(By.id("request:reason")).sendKeys("The source emigrated; the file is no longer needed");
        submit("request:submit");
        WebElement asked = row(code);
        assertTrue(asked.getText().contains("PENDING") && asked.getText().contains("The source emigrated"), asked.getText());
        String request = asked.getAttribute("data-id");
        shot("retention-requested");

        WebElement logout = browser.findElement(By.id("logout:submit"));
        logout.click();
        wait.until(ExpectedConditions.stalenessOf(logout));
        logInAs(authoriser1());
        open();
        new Select(browser.findElement(By.id("decide:requestId"))).selectByValue(request);
        browser.findElement(By.id("decide:overrideReason")).sendKeys("Counsel advises destruction now");
        submit("decide:approve");
        String approved = browser.findElement(By.cssSelector("#requests tr[data-id='" + request + "']")).getText();
        assertTrue(approved.contains("APPROVED (override)") && approved.contains("Counsel advises destruction now")
                && approved.contains("(destroyed)"), approved);
        shot("retention-approved");
        assertEquals(410, Api.get(officer, "sources/" + id).status(), "the file is gone");
    }

    private void open() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-destructions")));
        browser.findElement(By.id("nav-destructions")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("requests")));
    }

    private void submit(String id) {
        WebElement button = browser.findElement(By.id(id));
        button.click();
        wait.until(ExpectedConditions.stalenessOf(button));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("requests")));
    }

    private WebElement row(String codeName) {
        return browser.findElements(By.cssSelector("#requests tr.destruction")).stream()
                .filter(r -> r.getText().contains(codeName)).findFirst()
                .orElseThrow(() -> new AssertionError("no request for " + codeName + ": " + browser.findElement(By.tagName("main")).getText()));
    }
}
