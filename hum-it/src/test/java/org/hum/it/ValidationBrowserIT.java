package org.hum.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.officer1;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The validation page: the handler records findings from the source file's link, a controller
 * concludes and grades; a handler who tries to conclude is told which rule refuses it.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class ValidationBrowserIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private void openAs(String username, String path) {
        browser.manage().deleteAllCookies();
        browser.get(UI + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        logIn(username, Cast.password());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
        if (!browser.getCurrentUrl().contains(path.substring(0, path.indexOf('?')))) {
            browser.get(UI + path);
        }
    }

    private String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    @Test
    void handlerRecordsFindingsAControllerConcludesAndGrades() {
        String sourceId = ValidationIT.register(Api.token(officer1()), "VET-UI-1", copper());
        openAs(officer1(), "sources/view.xhtml?id=" + sourceId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("validation-link"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("findings:submit")));
        new Select(browser.findElement(By.id("findings:criminalHistory"))).selectByValue("NO_RECORD");
        new Select(browser.findElement(By.id("findings:subjectStatus"))).selectByValue("NONE");
        browser.findElements(By.cssSelector("input[name='findings:motivations']")).get(0).click();
        new Select(browser.findElement(By.id("findings:access"))).selectByValue("INDIRECT");
        browser.findElement(By.id("findings:accessDetails")).sendKeys("Hears about loads from a cousin at the warehouse");
        browser.findElement(By.id("findings:proofOfExistence")).sendKeys("Met at home; driving licence sighted");
        shot("validation-1-findings");
        browser.findElement(By.id("findings:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Findings recorded"));
        assertTrue(main().contains("driving licence sighted"));
        assertTrue(main().contains("awaiting a reviewer who is not the handler"));
        assertTrue(browser.findElements(By.id("conclude:submit")).isEmpty(), "a case officer is offered no conclusion form");

        openAs(controller1(), "sources/validation.xhtml?id=" + sourceId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("conclude:submit")));
        new Select(browser.findElement(By.id("conclude:suitable"))).selectByValue("true");
        browser.findElement(By.id("conclude:reasons")).sendKeys("Access plausible and checked");
        browser.findElement(By.id("conclude:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Conclusion recorded"));
        assertTrue(main().contains("Suitable: Access plausible and checked"), main());
        assertFalse(browser.findElement(By.id("next-due")).getText().contains("after the first conclusion"));

        new Select(browser.findElement(By.id("grade:grade"))).selectByValue("C");
        browser.findElement(By.id("grade:reason")).sendKeys("First reports only partly corroborated");
        browser.findElement(By.id("grade:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-grade"), "C"));
        assertTrue(browser.findElement(By.id("grade-history")).getText().contains("First reports only partly corroborated"));
        shot("validation-2-concluded-and-graded");
    }

    @Test
    void aHandlerTryingToConcludeIsToldTheRule() {
        String sourceId = ValidationIT.register(Api.token(controller1()), "VET-UI-2", copper());
        String controller = Api.token(controller1());
        Api.post(controller, "sources/" + sourceId + "/validations", ValidationIT.findings("Seen at the port"));
        openAs(controller1(), "sources/validation.xhtml?id=" + sourceId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("conclude:submit")));
        new Select(browser.findElement(By.id("conclude:suitable"))).selectByValue("true");
        browser.findElement(By.id("conclude:reasons")).sendKeys("Mine");
        browser.findElement(By.id("conclude:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "validation.independent-reviewer"));
        assertTrue(main().contains("awaiting a reviewer who is not the handler"), "nothing was concluded");
        shot("validation-3-handler-refused");
    }
}
