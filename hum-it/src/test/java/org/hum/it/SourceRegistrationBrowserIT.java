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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.authoriser1;
import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.mesa;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.officer2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A case officer logs in, registers a source through the UI, and finds it in the register. */
@ExtendWith({ArquillianExtension.class, Cast.class})
class SourceRegistrationBrowserIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void caseOfficerRegistersASourceAndSeesItInTheList() {
        browser.get(UI);
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        shot("1-login");
        logIn(officer1(), Cast.password());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Source register"));
        assertEquals(officer1(), browser.findElement(By.id("current-user")).getText());
        shot("2-register-list");

        browser.findElement(By.id("nav-register")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("register:codeName")));
        browser.findElement(By.id("register:codeName")).sendKeys("NIGHTJAR");
        browser.findElement(By.id("register:compartment")).sendKeys(mesa());
        browser.findElement(By.id("register:trueName")).sendKeys("Cordelia Nightingale");
        browser.executeScript("arguments[0].value = '1983-09-14'", browser.findElement(By.id("register:dateOfBirth")));
        browser.findElement(By.id("register:phoneNumber")).sendKeys("+52 664 555 0190");
        // the particulars
        browser.findElement(By.id("register:otherIdentities")).sendKeys("La Ruiseñora");
        browser.findElement(By.id("register:documentType")).sendKeys("passport");
        browser.findElement(By.id("register:documentCountry")).sendKeys("MX");
        browser.findElement(By.id("register:documentNumber")).sendKeys("NJ4455667");
        Path photo;
        try {
            photo = Files.createTempFile("hum-photo", ".png");
            Files.write(photo, RegistrationParticularsIT.PNG);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        browser.findElement(By.id("register:photo")).sendKeys(photo.toAbsolutePath().toString());
        browser.findElement(By.id("register:existenceVerification")).sendKeys("Met at home; passport seen");
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("register:recruitedOn")),
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(3).toString());
        browser.findElement(By.id("register:recruitmentCircumstances")).sendKeys("Offered help after a raid");
        browser.findElement(By.cssSelector("input[name='register:motivations'][value='MONEY']")).click();
        browser.findElement(By.id("register:employer")).sendKeys("Empacadora Nocturna");
        browser.findElement(By.id("register:occupation")).sendKeys("Night guard");
        browser.findElement(By.id("register:dutyToReport")).click();
        browser.findElement(By.id("register:nationality")).sendKeys("Mexican");
        browser.findElement(By.id("register:foreignNational")).click();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("register:accessKind"))).selectByValue("DIRECT");
        browser.findElement(By.cssSelector("input[name='register:specialCategories'][value='HIGH_RISK']")).click();
        browser.findElement(By.id("register:securityWelfare")).sendKeys("Lives alone");
        browser.findElement(By.id("register:otherUnit")).sendKeys("TUCSON-RO");
        browser.findElement(By.id("register:otherUnitCodeName")).sendKeys("TUC-NIGHTJAR");
        browser.findElement(By.id("register:promiseMadeBy")).sendKeys("DEA San Diego");
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("register:promiseMadeOn")),
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
        browser.findElement(By.id("register:promiseDescription")).sendKeys("Expenses for travel");
        shot("3-register-form");
        browser.findElement(By.id("register:submit")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code-name")));
        assertEquals("NIGHTJAR", browser.findElement(By.id("code-name")).getText());
        assertTrue(browser.findElements(By.id("true-name")).isEmpty(), "the identity waits to be asked for");
        showIdentity();
        assertEquals("Cordelia Nightingale", browser.findElement(By.id("true-name")).getText());
        assertEquals("Empacadora Nocturna", browser.findElement(By.id("employer")).getText());
        assertTrue(browser.findElement(By.id("documents")).getText().contains("NJ4455667"));
        assertTrue(browser.findElement(By.id("code-names")).getText().contains("TUC-NIGHTJAR"));
        assertTrue(browser.findElement(By.id("duty-to-report")).getText().startsWith("yes"));
        assertTrue(browser.findElement(By.id("special-categories")).getText().contains("High risk"));
        assertTrue(browser.findElement(By.id("motivations")).getText().contains("Money"));
        assertTrue(browser.findElement(By.id("promises")).getText().contains("Expenses for travel"));
        assertTrue(browser.findElement(By.id("photo")).getAttribute("src").startsWith("data:image/png;base64,"));
        assertFalse(browser.getCurrentUrl().contains("Cordelia"), "no identity in the URL");
        shot("4-source-file");

        browser.findElement(By.id("nav-sources")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sources")));
        // twenty to a page, by code name: page on until it shows
        boolean listed = false;
        for (int page = 0; page < 50 && !listed; page++) {
            if (page > 0) {
                browser.get(Api.UI + "index.xhtml?page=" + page);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sources")));
            }
            listed = browser.findElements(By.cssSelector("a.source-link")).stream()
                    .map(WebElement::getText).anyMatch("NIGHTJAR"::equals);
            if (browser.findElements(By.cssSelector("a.source-link")).isEmpty()) {
                break;
            }
        }
        assertTrue(listed, "the new source is in the list");
    }

    @Test
    void aFutureRecruitmentDateIsShownBesideItsField() {
        browser.get(UI + "login.xhtml");
        logIn(officer1(), Cast.password());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Source register"));
        browser.get(UI + "sources/register.xhtml");
        browser.findElement(By.id("register:codeName")).sendKeys("LATECOMER");
        browser.findElement(By.id("register:compartment")).sendKeys(copper());
        browser.findElement(By.id("register:trueName")).sendKeys("Future Test");
        browser.executeScript("arguments[0].value = '1980-01-01'", browser.findElement(By.id("register:dateOfBirth")));
        browser.findElement(By.id("register:phoneNumber")).sendKeys("+1 555 000 3333");
        browser.executeScript("arguments[0].value = '2999-01-01'", browser.findElement(By.id("register:recruitedOn")));
        browser.findElement(By.id("register:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "must not be in the future"));
        assertTrue(browser.findElements(By.id("code-name")).isEmpty(), "nothing was registered");
    }

    @Test
    void aControllerAssignsThemselvesAndThenSeesTheIdentity() {
        String officer = Api.token(officer1());
        String id = Api.post(officer, "sources", Api.registration("WHIMBREL", copper(), "Isidora Whimbrel", "1981-01-01",
                "+1 555 000 4444")).json().getString("id");
        browser.get(UI + "login.xhtml");
        logIn(controller1(), Cast.password());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Source register"));
        browser.get(UI + "sources/view.xhtml?id=" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("identity-restricted")));
        browser.findElement(By.id("assign:username")).sendKeys(controller1());
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("assign:role"))).selectByValue("CONTROLLER");
        browser.findElement(By.id("assign:submit")).click();
        // two-person (docs/domain.md, "Two-person control"): asked for, and nothing shown until another approves
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "asked for"));
        assertTrue(browser.findElements(By.id("identity-restricted")).size() == 1, "not before the approval");
        String approver = Api.token(authoriser1());
        assertTrue(Json.createReader(new StringReader(Api.get(approver, "sources/requests").body())).readArray()
                .getValuesAs(JsonObject.class).stream().anyMatch(r -> id.equals(r.getString("sourceId"))), "listed");
        // the controller's own request shows no way for them to approve it that works: it is refused
        browser.get(UI + "sources/view.xhtml?id=" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input.approve-request")));
        browser.findElement(By.cssSelector("input.approve-request")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "another person"));
        browser.findElement(By.id("logout:submit")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        logIn(authoriser1(), Cast.password());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Source register"));
        browser.get(UI + "sources/view.xhtml?id=" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input.approve-request")));
        browser.findElement(By.cssSelector("input.approve-request")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Approved"));
        browser.findElement(By.id("logout:submit")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        logIn(controller1(), Cast.password());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Source register"));
        browser.get(UI + "sources/view.xhtml?id=" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code-name")));
        showIdentity();
        assertEquals("Isidora Whimbrel", browser.findElement(By.id("true-name")).getText());
        shot("5-controller-assigned");
        browser.findElements(By.cssSelector("input.end-assignment")).stream()
                .filter(WebElement::isDisplayed).reduce((a, b) -> b).orElseThrow().click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("identity-restricted")));
    }

    @Test
    void badLoginAndBadRegistrationShowWhatToFix() {
        browser.get(UI + "login.xhtml");
        logIn(officer1(), "wrong-password");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"), "Login failed"));

        logIn(officer2(), Cast.password());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Source register"));
        browser.get(UI + "sources/register.xhtml");
        browser.findElement(By.id("register:codeName")).sendKeys("PLOVER");
        browser.findElement(By.id("register:compartment")).sendKeys(copper());
        browser.findElement(By.id("register:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "is required"));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("is required"));

        browser.findElement(By.id("logout:submit")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        browser.get(UI + "index.xhtml");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
    }


}
