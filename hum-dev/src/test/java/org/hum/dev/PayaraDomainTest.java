package org.hum.dev;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PayaraDomainTest {
    private static final String DOMAIN_XML = """
            <domain>
              <resources><jdbc-resource pool-name="__TimerPool" jndi-name="jdbc/__TimerPool"/></resources>
              <servers><server name="server" config-ref="server-config"><resource-ref ref="jdbc/__TimerPool"/></server></servers>
              <configs><config name="server-config"><java-config><jvm-options>-Xmx512m</jvm-options><jvm-options>-server</jvm-options></java-config><network-config><protocols>
                <protocol name="http-listener-1"><http default-virtual-server="server"/></protocol>
              </protocols></network-config></config></configs>
            </domain>
            """;

    private static DatabaseProvisioner.Database database() {
        return new DatabaseProvisioner.Database("hum", "jdbc:mariadb://127.0.0.1:3306/hum",
                "jdbc:mariadb://127.0.0.1:3306/hum_keys", new DatabaseProvisioner.Account("hum_owner", "pw1"),
                new DatabaseProvisioner.Account("hum_app", "pw2"), new DatabaseProvisioner.Account("hum_keys", "pw3"));
    }

    @Test
    void configureAddsDriverPoolsResourcesAndPropertiesAndIsRepeatable(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("glassfish/domains/domain1/config");
        Files.createDirectories(config);
        Files.writeString(config.resolve("domain.xml"), DOMAIN_XML);
        Path driver = Files.writeString(dir.resolve("driver.jar"), "jar");
        var db = database();

        PayaraDomain domain = PayaraDomain.at(dir);
        domain.configure(driver, db, Map.of("hum.home", "/x"));
        domain.configure(driver, db, Map.of("hum.home", "/y"));

        String xml = Files.readString(config.resolve("domain.xml"));
        assertTrue(Files.exists(dir.resolve("glassfish/domains/domain1/lib/mariadb-java-client.jar")));
        assertEquals(1, count(xml, " name=\"HumPool\""), "configured twice, present once");
        assertEquals(0, count(xml, "HumOwnerPool"), "the server holds no schema owner's pool");
        assertEquals(1, count(xml, " name=\"HumKeysPool\""));
        assertEquals(2, count(xml, "ref=\"jdbc/hum"), "the two resources referenced by the server, once each");
        assertTrue(xml.contains("value=\"hum_keys\""));
        assertTrue(xml.contains("datasource-classname=\"org.mariadb.jdbc.MariaDbDataSource\""));
        assertTrue(xml.contains("res-type=\"javax.sql.DataSource\""), "never XA: DDL inside JTA fails with XA");
        assertTrue(xml.contains("value=\"hum_app\"") && !xml.contains("hum_owner") && !xml.contains("pw1"),
                "the application's account; the owner's neither named nor its password");
        assertTrue(xml.contains("name=\"hum.home\" value=\"/y\"") && !xml.contains("value=\"/x\""), "the newest value wins");
        assertTrue(xml.contains("xpowered-by=\"false\"") && xml.contains("server-header=\"false\""));
        assertTrue(xml.contains("jdbc/__TimerPool"), "the domain's own resources stay");
        assertEquals(1, count(xml, "-Djava.io.tmpdir="), "a private temporary directory, once");
        assertTrue(xml.contains("-Djava.io.tmpdir=" + dir.resolve("glassfish/domains/domain1/tmp").toAbsolutePath()));
        assertTrue(Files.isDirectory(dir.resolve("glassfish/domains/domain1/tmp")));
        assertEquals(1, count(xml, "-Xmx"), "one heap size");
        assertTrue(xml.contains("<jvm-options>-Xmx1g</jvm-options>"), "a 1 GB heap: the test stand redeploys once per class");
        assertTrue(xml.contains("<jvm-options>-server</jvm-options>"), "the other options stay");
    }

    @Test
    void passwordsGoToTheAliasStoreAndEveryListenerToLoopbackUnlessHttpsIsAsked(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("glassfish/domains/domain1/config");
        Files.createDirectories(config);
        Files.writeString(config.resolve("domain.xml"), DOMAIN_XML.replace("</protocols></network-config>", """
                <protocol name="http-listener-2" security-enabled="true"><http/><ssl cert-nickname="s1as"/></protocol>
                </protocols><network-listeners>
                <network-listener protocol="http-listener-1" port="8080" name="http-listener-1"/>
                <network-listener protocol="http-listener-2" port="8181" name="http-listener-2"/>
                <network-listener protocol="admin-listener" port="4848" name="admin-listener"/>
                </network-listeners></network-config><iiop-service><iiop-listener address="0.0.0.0" port="3700"/></iiop-service>
                """));
        java.security.KeyStore empty = java.security.KeyStore.getInstance("PKCS12");
        empty.load(null, null);
        try (var out = Files.newOutputStream(config.resolve("keystore.p12"))) {
            empty.store(out, "changeit".toCharArray());
        }
        Path driver = Files.writeString(dir.resolve("driver.jar"), "jar");
        var db = new DatabaseProvisioner.Database("hum", "jdbc:mariadb://127.0.0.1:3306/hum",
                "jdbc:mariadb://127.0.0.1:3306/hum_keys", new DatabaseProvisioner.Account("hum_owner", "ownerSecret1"),
                new DatabaseProvisioner.Account("hum_app", "appSecret22"), new DatabaseProvisioner.Account("hum_keys", "keysSecret333"));
        PayaraDomain domain = PayaraDomain.at(dir);
        domain.configure(driver, db, Map.of("hum.home", "/x", "hum.keys.keystore-password", "storeSecret4444"));

        String xml = Files.readString(config.resolve("domain.xml"));
        for (String secret : new String[] {"ownerSecret1", "appSecret22", "keysSecret333", "storeSecret4444"}) {
            assertTrue(!xml.contains(secret), "domain.xml holds no password: " + secret);
        }
        assertTrue(xml.contains("value=\"${ALIAS=hum-db-app-password}\"") && xml.contains("${ALIAS=hum-db-keys-password}"));
        assertTrue(!xml.contains("hum.keys.keystore-password"), "a secret setting is an alias, not a system property");
        assertEquals("appSecret22", domain.passwordAlias(PayaraDomain.APP_PASSWORD_ALIAS));
        assertEquals("keysSecret333", domain.passwordAlias(PayaraDomain.KEYS_PASSWORD_ALIAS));
        assertEquals("storeSecret4444", domain.passwordAlias("hum.keys.keystore-password"),
                "read by the application through Payara's password-alias config source, under the setting's name");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(config.resolve("domain-passwords"))));
        assertEquals(4, count(xml, "address=\"127.0.0.1\""), "HTTP, HTTPS, admin and IIOP on loopback");
        assertTrue(xml.matches("(?s).*<jms-service[^>]*type=\"DISABLED\".*"), "no JMS broker, even in a domain never started: " + xml);
        assertTrue(xml.contains("name=\"http-listener-2\" enabled=\"false\"") || xml.matches("(?s).*enabled=\"false\"[^>]*name=\"http-listener-2\".*"),
                "no HTTPS without a TLS key: " + xml);

        var pki = org.hum.partner.cms.DevelopmentPki.open(dir.resolve("app"));
        var tls = pki.tlsServer(java.util.List.of("hum.example"));
        domain.configure(driver, db, Map.of("hum.home", "/x"), 0,
                Listening.https("0.0.0.0", tls.key(), java.util.List.of(tls.certificate(), pki.ca().certificate())));
        xml = Files.readString(config.resolve("domain.xml"));
        assertTrue(xml.contains("address=\"0.0.0.0\""), "HTTPS on the address asked for");
        assertEquals(3, count(xml, "address=\"127.0.0.1\""), "HTTP, admin and IIOP stay on loopback");
        assertTrue(xml.contains("cert-nickname=\"hum-tls\"") && xml.contains("tls13-enabled=\"true\"")
                && xml.contains("tls11-enabled=\"false\""));
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(config.resolve("keystore.p12"))) {
            store.load(in, "changeit".toCharArray());
        }
        assertEquals(tls.certificate(), store.getCertificate("hum-tls"), "the development TLS certificate is the listener's");
        assertEquals(2, store.getCertificateChain("hum-tls").length, "with the CA in its chain");
    }

    /**
     * With a deployment group: its instances get the pools and settings, its configuration loopback
     * listeners, the heap, a temporary folder per instance and the data-grid timer store, and the
     * domain's own server stops serving HTTP; configured without the group again, it serves again.
     */
    @Test
    void aGroupsInstancesAreConfiguredLikeTheServerAndTheDomainServerStepsAside(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("glassfish/domains/domain1/config");
        Files.createDirectories(config);
        String groupConfig = "<config name=\"hum-group-config\"><java-config><jvm-options>-Xmx512m</jvm-options></java-config>"
                + "<network-config><network-listeners><network-listener name=\"http-listener-1\" port=\"${HTTP_LISTENER_PORT}\"/>"
                + "</network-listeners></network-config><ejb-container><ejb-timer-service/></ejb-container></config>";
        String xml0 = DOMAIN_XML
                .replace("</servers>", "<server name=\"hum1\" config-ref=\"hum-group-config\" node-ref=\"localhost-domain1\"/>"
                        + "<server name=\"hum2\" config-ref=\"hum-group-config\" node-ref=\"localhost-domain1\"/></servers>")
                .replace("<network-config><protocols>", "<network-config><network-listeners><network-listener name=\"http-listener-1\" "
                        + "port=\"8080\"/></network-listeners><protocols>")
                .replace("</configs>", groupConfig + "</configs>");
        Files.writeString(config.resolve("domain.xml"), xml0);
        Path driver = Files.writeString(dir.resolve("driver.jar"), "jar");
        var db = database();
        PayaraDomain domain = PayaraDomain.at(dir);

        domain.configure(driver, db, Map.of("hum.home", "/x"), 0, Listening.LOOPBACK, true);
        String xml = Files.readString(config.resolve("domain.xml"));
        assertEquals(6, count(xml, "ref=\"jdbc/hum"), "both resources referenced by the server and by each instance");
        assertEquals(3, count(xml, "name=\"hum.home\" value=\"/x\""), "the settings on the server and each instance");
        assertTrue(xml.contains("ejb-timer-service=\"DataGrid\""), "the group's timer store in the data grid");
        assertTrue(xml.contains("-Djava.io.tmpdir=${com.sun.aas.instanceRoot}/tmp"));
        assertEquals(2, count(xml, "<jvm-options>-Xmx1g</jvm-options>"), "the heap on both configurations");
        assertTrue(xml.contains("name=\"http-listener-1\" port=\"8080\" enabled=\"false\"")
                || xml.contains("enabled=\"false\" name=\"http-listener-1\" port=\"8080\""), "the domain's server serves no HTTP");
        assertEquals(2, count(xml, "address=\"127.0.0.1\""), "both configurations' listeners on loopback");
        assertTrue(Files.isDirectory(new DeploymentGroup(domain).instanceDir("hum2").resolve("tmp")));

        domain.configure(driver, db, Map.of("hum.home", "/x"), 0, Listening.LOOPBACK, false);
        String single = Files.readString(config.resolve("domain.xml"));
        assertTrue(single.matches("(?s).*<network-listener[^>]*port=\"8080\"[^>]*enabled=\"true\".*")
                || single.matches("(?s).*<network-listener[^>]*enabled=\"true\"[^>]*port=\"8080\".*"), "serving again");
    }

    @Test
    void serveBeyondLoopbackOnlyWithTls(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("f"), "x");
        String[] base = {"--ear", f.toString(), "--payara-zip", f.toString(), "--driver", f.toString()};
        assertEquals("127.0.0.1", Launcher.Options.parse(base).listen());
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Launcher.Options.parse(concat(base, "--listen", "0.0.0.0")));
        assertTrue(refused.getMessage().contains("needs TLS"), refused.getMessage());
        assertEquals("0.0.0.0", Launcher.Options.parse(concat(base, "--tls", "--listen", "0.0.0.0")).listen());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Launcher.Options.parse(concat(base, "--tls", "--listen", "example.org")));
    }

    @Test
    void instancesAndDatabaseAreCheckedWhenParsed(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("f"), "x");
        String[] base = {"--ear", f.toString(), "--payara-zip", f.toString(), "--driver", f.toString()};
        assertEquals(1, Launcher.Options.parse(base).instances());
        assertEquals("hum", Launcher.Options.parse(base).database());
        Launcher.Options two = Launcher.Options.parse(concat(base, "--instances", "2", "--database", "hum_two"));
        assertEquals(2, two.instances());
        assertEquals("hum_two", two.database());
        for (String[] bad : new String[][] {{"--instances", "0"}, {"--instances", "9"}, {"--instances", "two"},
                {"--database", "hum-two"}, {"--database", "Hum"}, {"--instances"}}) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> Launcher.Options.parse(concat(base, bad)), String.join(" ", bad));
        }
        assertEquals("http://localhost:8081/hum/", Launcher.baseUrl(2));
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void secretsAreGeneratedOnceOwnerOnlyAndReusedAfter(@TempDir Path dir) throws Exception {
        DevSecrets secrets = new DevSecrets(dir.resolve("secrets"));
        String first = secrets.get("demo.password");
        assertEquals(24, first.length());
        assertEquals(first, new DevSecrets(dir.resolve("secrets")).get("demo.password"));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("secrets/demo.password"))));
        assertTrue(!first.equals(secrets.get("other")), "each secret is its own");
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
