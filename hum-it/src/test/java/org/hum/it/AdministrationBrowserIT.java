package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.io.StringReader;
import java.util.List;

import static org.hum.it.Cast.admin1;
import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.officer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administration page in a browser, and a UI session that reads an administrator's change
 * on its very next request.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class AdministrationBrowserIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void administratorCreatesACompartmentAndAUserInThePage() {
        logInToTheRegister(admin1(), Cast.password());
        browser.findElement(By.id("nav-admin")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Administration"));
        assertTrue(texts("span.username").contains(officer1()));

        String code = AdministrationIT.unique("UI").toUpperCase();
        browser.findElement(By.id("newCompartment:compartmentCode")).sendKeys(code);
        browser.findElement(By.id("newCompartment:compartmentName")).sendKeys("Operation made in the browser");
        browser.findElement(By.id("newCompartment:submit")).click();
        wait.until(d -> texts("span.compartment-code").contains(code));

        String name = AdministrationIT.unique("ui.user");
        browser.findElement(By.id("newUser:username")).sendKeys(name);
        browser.findElement(By.id("newUser:displayName")).sendKeys("Browser Made");
        browser.findElement(By.id("newUser:unit")).sendKeys("HQ");
        new Select(browser.findElement(By.id("newUser:clearance"))).selectByVisibleText("SENSITIVE");
        browser.findElement(By.id("newUser:roles")).sendKeys("COMPLIANCE_REVIEWER");
        browser.findElement(By.id("newUser:compartmentList")).sendKeys(code);
        browser.findElement(By.id("newUser:password")).sendKeys("short");
        browser.findElement(By.id("newUser:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "12"));
        assertFalse(texts("span.username").contains(name), "refused: not created");

        browser.findElement(By.id("newUser:username")).clear();
        browser.findElement(By.id("newUser:username")).sendKeys(name);
        browser.findElement(By.id("newUser:password")).sendKeys(AdministrationIT.PASSWORD);
        browser.findElement(By.id("newUser:submit")).click();
        // two-person (docs/domain.md, "Two-person control"): asked here, listed, and not yet an account
        wait.until(d -> texts("span.request-username").contains(name));
        assertFalse(texts("span.username").contains(name), "nothing exists before the approval");
        assertFalse(browser.getPageSource().contains(AdministrationIT.PASSWORD), "the password is never shown back");
        assertTrue(browser.findElements(By.xpath("//span[@class='request-username' and text()='" + name + "']"
                + "/ancestor::tr//input[@value='Approve']")).size() == 1, "listed with its buttons");
        String mine = requestFor(name);
        browser.findElement(By.xpath("//span[@class='request-username' and text()='" + name + "']/ancestor::tr//input[@value='Approve']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "another person"));
        assertEquals(200, Api.post(AdminApi.approverFor(admin1()), "admin/requests/" + mine + "/approval", "").status());

        // one that the stand's administrator asked for is approved here
        String other = AdministrationIT.unique("ui.other");
        assertEquals(202, AdminApi.requestUser(Cast.adminToken(), other, "OFFICIAL", List.of("CASE_OFFICER"), List.of(),
                AdministrationIT.PASSWORD).status());
        browser.get(UI + "admin.xhtml"); // not a refresh: the page on screen answered a form's POST
        wait.until(d -> texts("span.username").contains(name) && texts("span.request-username").contains(other));
        browser.findElement(By.xpath("//span[@class='request-username' and text()='" + other + "']/ancestor::tr//input[@value='Approve']")).click();
        wait.until(d -> texts("span.username").contains(other));

        browser.findElement(By.id("changeUser:changeUsername")).sendKeys(name);
        new Select(browser.findElement(By.id("changeUser:clearance"))).selectByVisibleText("SECRET");
        browser.findElement(By.id("changeUser:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "approves"));
        assertEquals("SENSITIVE", Api.get(Api.token(admin1()), "admin/users/" + name).json().getString("clearance"),
                "raised only once approved");
        assertEquals(200, Api.post(AdminApi.approverFor(admin1()), "admin/requests/" + requestFor(name) + "/approval", "")
                .status());
        assertEquals("SECRET", Api.get(Api.token(admin1()), "admin/users/" + name).json().getString("clearance"));
    }

    @Test
    void sessionAlreadyOpenSeesACompartmentTakenAwayOnItsNextPage() {
        String admin = Api.token(admin1());
        String name = AdministrationIT.unique("ui.officer");
        AdminApi.createUser(admin, name, "SECRET", List.of("CASE_OFFICER"), List.of(copper()), AdministrationIT.PASSWORD);
        String id = Api.post(Api.token(name, AdministrationIT.PASSWORD), "sources", AdminApi.registration("LAPWING",
                copper(), null, "Hyacinth Morrow", "1988-08-08", "+1 520 555 0188")).json().getString("id");

        logInToTheRegister(name, AdministrationIT.PASSWORD);
        assertTrue(browser.findElements(By.id("nav-admin")).isEmpty(), "no administration link for a case officer");
        browser.get(UI + "sources/view.xhtml?id=" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code-name")));
        showIdentity();
        assertEquals("Hyacinth Morrow", browser.findElement(By.id("true-name")).getText());

        assertEquals(200, AdminApi.changeCompartments(admin, name, List.of()).status());
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("not-found"), "No source file"));
        assertTrue(browser.findElements(By.id("code-name")).isEmpty(), "the same session no longer sees the file");
        assertFalse(browser.getPageSource().contains("Hyacinth"));

        browser.get(UI + "admin.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Not allowed"));
        assertEquals(200, AdminApi.changeRoles(admin, name, List.of("CASE_OFFICER", "ADMIN")).status());
        browser.get(UI + "admin.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Administration"));
    }

    /** The id of the pending account request for {@code username}. */
    private static String requestFor(String username) {
        return Json.createReader(new StringReader(Api.get(Api.token(admin1()), "admin/requests").body()))
                .readArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> username.equals(r.getString("username"))).findFirst().orElseThrow().getString("id");
    }

    /** The texts of every element the selector matches, in one round trip (the page lists every user of the run). */
    @SuppressWarnings("unchecked")
    private List<String> texts(String css) {
        return (List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.innerText.trim());", css);
    }

    private void logInToTheRegister(String username, String password) {
        browser.get(UI + "login.xhtml");
        logIn(username, password);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Source register"));
    }
}
