package org.hum.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the server is reached (docs/operations.md, "Transport"): HTTPS with the development
 * certificate answers with HSTS and a session cookie that is Secure, HttpOnly and SameSite; plain
 * HTTP answers without HSTS; HTTP and the admin listener answer on the loopback address only; and
 * no password is in domain.xml.
 */
@ExtendWith(ArquillianExtension.class)
class TransportIT {
    private static final HttpClient HTTPS = trustingTheDevelopmentCa();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void httpsAnswersWithHstsAndPlainHttpDoesNot() throws Exception {
        HttpResponse<String> secure = HTTPS.send(HttpRequest.newBuilder(URI.create(Api.HTTPS_UI + "api/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, secure.statusCode(), secure.body());
        String hsts = secure.headers().firstValue("Strict-Transport-Security").orElse(null);
        assertNotNull(hsts, "HTTPS answers carry HSTS");
        assertTrue(hsts.matches("max-age=([0-9]+); includeSubDomains")
                && Long.parseLong(hsts.replaceAll("max-age=([0-9]+).*", "$1")) >= 31_536_000L, hsts);

        Api.Reply plain = Api.get(null, "health");
        assertEquals(200, plain.status());
        assertNull(plain.header("Strict-Transport-Security"), "HSTS over plain HTTP means nothing and is not sent");
    }

    @Test
    void theSessionCookieOverHttpsIsSecureHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> login = HTTPS.send(HttpRequest.newBuilder(URI.create(Api.HTTPS_UI + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElse(null);
        assertNotNull(cookie, "the login page starts a session: " + login.headers().map());
        List<String> attributes = List.of(cookie.split(";\\s*"));
        assertTrue(attributes.stream().anyMatch("Secure"::equalsIgnoreCase), cookie);
        assertTrue(attributes.stream().anyMatch("HttpOnly"::equalsIgnoreCase), cookie);
        assertTrue(attributes.stream().anyMatch("SameSite=Strict"::equalsIgnoreCase), cookie);
    }

    @Test
    void httpAndTheAdminListenerAnswerOnLoopbackOnly() throws Exception {
        int http = 8080 + Stand.portOffset();
        int admin = 4848 + Stand.portOffset();
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), http), 2000);
        }
        List<InetAddress> outward = outwardAddresses();
        assertFalse(outward.isEmpty(), "this machine has an address other than loopback to try");
        for (InetAddress address : outward) {
            // HTTPS is on loopback on the stand; IIOP on loopback; no JMS broker at all
            for (int port : new int[] {http, admin, 8181 + Stand.portOffset(), 3700 + Stand.portOffset(), 7676 + Stand.portOffset()}) {
                assertThrows(IOException.class, () -> {
                    try (Socket s = new Socket()) {
                        s.connect(new InetSocketAddress(address, port), 2000);
                    }
                }, "port " + port + " must not answer on " + address.getHostAddress());
            }
        }
    }

    @Test
    void domainXmlHoldsNoPasswordAndTheAliasStoreIsTheOwnersOnly() throws Exception {
        Path config = Path.of(System.getProperty("payara.home"), "glassfish/domains/domain1/config");
        String domain = Files.readString(config.resolve("domain.xml"));
        Path secrets = Path.of(System.getProperty("hum.it.home", "target/it-home"), "secrets");
        try (var files = Files.list(secrets)) {
            for (Path secret : files.toList()) {
                String value = Files.readString(secret).strip();
                assertFalse(value.length() >= 12 && domain.contains(value), "domain.xml holds the secret " + secret.getFileName());
            }
        }
        assertTrue(domain.contains("${ALIAS=hum-db-app-password}"), "the application's pool reads its password from an alias");
        // the folder keeps everyone else out of domain.xml too, which the server rewrites with its own umask
        // (./run starts it with 077; here Arquillian starts it)
        assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(config), "config/");
        for (String file : List.of("domain-passwords", "keystore.p12")) {
            assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(config.resolve(file)), file);
        }
    }

    private static List<InetAddress> outwardAddresses() throws IOException {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(i -> {
                    try {
                        return i.isUp() && !i.isLoopback();
                    } catch (IOException e) {
                        return false;
                    }
                })
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .toList();
    }

    /** A client that trusts the stand's development CA, and nothing else. */
    static HttpClient trustingTheDevelopmentCa() {
        return HttpClient.newBuilder().sslContext(developmentCa()).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** TLS that trusts the stand's development CA, and nothing else. */
    static SSLContext developmentCa() {
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("hum.it.home", "target/it-home"),
                "app/keys/hum-ca.crt"))) {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("hum-ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, tmf.getTrustManagers(), null);
            return tls;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the stand's development CA: " + e.getMessage(), e);
        }
    }
}
