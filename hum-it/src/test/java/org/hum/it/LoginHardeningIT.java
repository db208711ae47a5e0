package org.hum.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.hum.it.Cast.officer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Login and token checks against one insider's tools (docs/architecture.md, "Identity"): guessing
 * from one address across accounts is throttled by address; refused tokens reach the trail, at
 * most one entry a minute an address; and a URI that reads as a page but is dispatched to the API
 * does not let a session cookie drive the API. Requests from 127.0.0.2 and 127.0.0.3 (other
 * loopback addresses) keep this class's locks and tallies away from every other test's.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class LoginHardeningIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void twentyFailuresFromOneAddressLockItForEveryAccountButNotOtherAddresses() throws Exception {
        for (int i = 0; i < 20; i++) {
            int status = from("127.0.0.2", "POST", "api/auth/login", null,
                    "{\"username\":\"nobody-" + i + "-" + Cast.suffix() + "\",\"password\":\"not the password " + i + "\"}");
            assertEquals(401, status, "failure " + i);
        }
        String right = "{\"username\":\"" + officer1() + "\",\"password\":\"" + Cast.password() + "\"}";
        assertEquals(401, from("127.0.0.2", "POST", "api/auth/login", null, right),
                "the address is locked: even a right password is refused, as a wrong one");
        assertEquals(200, Api.login(officer1(), Cast.password()).status(), "the account itself is not locked");
        assertEquals(200, from("127.0.0.4", "POST", "api/auth/login", null, right), "nor any other address");
    }

    @Test
    void refusedTokensAreAuditedOnceAMinuteAnAddressWithTheirCount() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertEquals(401, from("127.0.0.3", "GET", "api/auth/me", "Bearer not-a-token-" + i, null));
        }
        List<String> entries = new ArrayList<>();
        try (var c = Stand.current().rootConnection(); var s = c.prepareStatement(
                "SELECT CONCAT_WS('|', actor, object_type, object_id, outcome) FROM audit_event "
                        + "WHERE action = 'TOKEN_REFUSED' AND client_address = '127.0.0.3'")) {
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.add(rs.getString(1));
                }
            }
        }
        assertEquals(List.of("anonymous|TOKEN_CHECK|1 refusal|FAILED"), entries,
                "the first refusal at once; the next two wait for the minute's entry");
        assertFalse(String.join("", entries).contains("not-a-token"), "no token in the trail");
    }

    @Test
    void aSessionCookieDoesNotDriveTheApiWhateverTheUriLooksLike() {
        browser.get(UI + "login.xhtml");
        logIn(officer1(), Cast.password());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
        for (String path : List.of("api/auth/me", "api;x=1/auth/me", "api;jsessionid=1/auth/me")) {
            browser.get(UI + path);
            String page = browser.findElement(By.tagName("body")).getText();
            assertTrue(page.contains("Log in first") || page.contains("unauthenticated"), path + ": " + page);
            assertFalse(page.contains("\"username\""), path + " answered as the session's user: " + page);
        }
        browser.get(UI + "index.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-user"), officer1()));
    }

    /** One HTTP/1.1 request from a given local address to the stand; the status. */
    private static int from(String localAddress, String method, String path, String bearer, String json) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", 8080 + Stand.portOffset()), 5000);
            socket.setSoTimeout(30_000);
            byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(method + " /hum/" + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
            if (bearer != null) {
                head.append("Authorization: ").append(bearer).append("\r\n");
            }
            if (json != null) {
                head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String answer = all.toString(StandardCharsets.UTF_8);
            return Integer.parseInt(answer.substring(9, 12));
        }
    }
}
