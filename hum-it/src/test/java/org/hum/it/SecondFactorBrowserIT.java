package org.hum.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import javax.net.ssl.SSLSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person enrols a second factor on the page and logs in with it, over HTTPS with the stand's
 * development certificate (docs/operations.md, "Second factor"); the session cookie there is
 * Secure, HttpOnly and SameSite=Strict, and the answer carries HSTS. Chromium is told to accept
 * the key of the certificate the stand serves, once this test has checked that the certificate
 * is issued by the development CA; it accepts no other. An administrator then resets the factor
 * on the administration page.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class SecondFactorBrowserIT extends BrowserJourney {
    private static final String HTTPS = Api.HTTPS_UI;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Override
    protected String[] chromiumSwitches() throws Exception {
        return new String[] {"--ignore-certificate-errors-spki-list=" + servedKeyPin()};
    }

    @Test
    void enrolOnThePageThenLogInWithTheCodeOverHttps() throws Exception {
        String user = "tfa-web-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = AdminApi.createUser(Cast.adminToken(), user, "SENSITIVE", List.of("CASE_OFFICER"),
                List.of(Cast.copper()), Cast.password());
        assertEquals(201, created.status(), created.body());

        browser.get(HTTPS + "login.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        logIn(user, Cast.password());
        waitForText(By.tagName("h1"), "Source register");

        browser.findElement(By.id("nav-second-factor")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("secret")));
        String secret = browser.findElement(By.id("secret")).getText().strip();
        assertEquals(32, secret.length(), secret);
        assertTrue(browser.findElement(By.id("otpauth")).getAttribute("href").startsWith("otpauth://totp/HUM:" + user));
        SecondFactor app = new SecondFactor(secret);
        browser.findElement(By.id("enrol:code")).sendKeys(app.nextCode());
        browser.findElement(By.id("enrol:confirm")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes")));
        assertEquals(10, browser.findElements(By.cssSelector("#recovery-codes li")).size());

        browser.findElement(By.id("continue")).click();
        waitForText(By.tagName("h1"), "Source register");
        browser.findElement(By.id("logout:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        browser.get(HTTPS + "login.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        logIn(user, Cast.password());
        waitForText(By.id("login:messages"), "second-factor code");

        browser.get(HTTPS + "login.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        browser.findElement(By.id("login:code")).sendKeys(app.nextCode());
        logIn(user, Cast.password());
        waitForText(By.tagName("h1"), "Source register");
        assertEquals(user, browser.findElement(By.id("current-user")).getText());
        assertTrue(browser.getCurrentUrl().startsWith("https://"), browser.getCurrentUrl());

        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        assertNotNull(session, "a session: " + browser.manage().getCookies());
        assertTrue(session.isSecure(), "Secure");
        assertTrue(session.isHttpOnly(), "HttpOnly");
        assertEquals("Strict", session.getSameSite());

        HttpResponse<String> page = TransportIT.trustingTheDevelopmentCa().send(HttpRequest.newBuilder(
                URI.create(HTTPS + "index.xhtml")).header("Cookie", "JSESSIONID=" + session.getValue()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(user), "the page of this login, by its session cookie");
        String hsts = page.headers().firstValue("Strict-Transport-Security").orElse(null);
        assertNotNull(hsts, "the answer carries HSTS");
        assertTrue(hsts.startsWith("max-age="), hsts);

        // an administrator resets it on the administration page: the password alone logs in again (optional here)
        browser.findElement(By.id("logout:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        browser.get(HTTPS + "login.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        logIn(Cast.admin1(), Cast.password());
        browser.get(HTTPS + "admin.xhtml");
        By row = By.xpath("//table[@id='users']//tr[.//span[@class='username' and text()='" + user + "']]");
        wait.until(ExpectedConditions.presenceOfElementLocated(row));
        assertEquals("enrolled", browser.findElement(row).findElement(By.className("second-factor")).getText());
        browser.findElement(row).findElement(By.className("reset-second-factor")).click();
        waitForText(By.id("messages"), "The second factor of " + user + " is reset");
        assertEquals("none", browser.findElement(row).findElement(By.className("second-factor")).getText());
        assertFalse(Api.get(Cast.adminToken(), "admin/users/" + user).json().getBoolean("secondFactor"));
    }

    /**
     * The base64 SHA-256 of the public key of the certificate the stand serves on HTTPS, read in a
     * handshake that trusts the development CA only (so the key is one that CA vouches for).
     */
    private static String servedKeyPin() throws Exception {
        URI uri = URI.create(HTTPS);
        try (SSLSocket socket = (SSLSocket) TransportIT.developmentCa().getSocketFactory().createSocket(uri.getHost(), uri.getPort())) {
            socket.startHandshake();
            Certificate leaf = socket.getSession().getPeerCertificates()[0];
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(leaf.getPublicKey().getEncoded()));
        }
    }
}
