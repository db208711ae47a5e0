package org.hum.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.officer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A dashboard list longer than a hundred lines is read a hundred at a time on the page: a
 * controller with more than a hundred payments awaiting approval follows "Next 100" to the lines
 * after the first hundred and "Previous 100" back; a bad line or list in the address is said on
 * the page, which shows the dashboard from its first lines, never an error page.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class DashboardPagesBrowserIT extends BrowserJourney {
    private static final String PENDING = "section-PENDING_PAYMENT_APPROVALS";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aControllerPagesThroughMoreThanAHundredPaymentsAwaitingApproval() throws Exception {
        String source = LifecycleIT.ready("DASH-PAGES").sourceId();
        String contact = PaymentSteps.contactReport(source, true);
        String officer = Api.token(officer1());
        String body = PaymentSteps.request("3.00", "EXPENSES", contact).build().toString();
        for (int i = 0; i < 101; i++) {
            Api.Reply r = Api.post(officer, "sources/" + source + "/payments", body);
            assertEquals(201, r.status(), r.body());
        }

        logInAs(controller1());
        browser.get(UI + "dashboard.xhtml");
        WebElement section = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(PENDING)));
        assertTrue(section.getText().contains("Lines 1 to 100 are shown"), section.getText());
        List<String> first = lines();
        assertEquals(100, first.size());
        assertTrue(section.findElements(By.className("section-previous")).isEmpty(), "no previous lines on the first page");

        section.findElement(By.className("section-next")).click();
        wait.until(ExpectedConditions.urlContains("from=100"));
        section = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(PENDING)));
        assertTrue(section.getText().contains("Lines 101 to"), section.getText());
        List<String> second = lines();
        assertFalse(second.isEmpty(), "at least the 101st line");
        assertTrue(second.stream().noneMatch(first::contains), "the next lines are other lines");

        section.findElement(By.className("section-previous")).click();
        wait.until(ExpectedConditions.urlContains("from=0"));
        assertEquals(first, lines(), "back to the first hundred");

        browser.get(UI + "dashboard.xhtml?section=PENDING_PAYMENT_APPROVALS&from=minus-one");
        waitForText(By.id("dashboard-error"), "from");
        assertEquals(first, lines(), "the dashboard from its first lines instead");
        browser.get(UI + "dashboard.xhtml?section=NO_SUCH_LIST&from=3");
        waitForText(By.id("dashboard-error"), "not a list on your dashboard");
    }

    private List<String> lines() {
        return browser.findElements(By.cssSelector("#" + PENDING + " tr.section-entry")).stream()
                .map(e -> e.getAttribute("data-object")).toList();
    }
}
