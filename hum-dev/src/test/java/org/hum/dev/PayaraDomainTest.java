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

    @Test
    void configureAddsDriverPoolsResourcesAndPropertiesAndIsRepeatable(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("glassfish/domains/domain1/config");
        Files.createDirectories(config);
        Files.writeString(config.resolve("domain.xml"), DOMAIN_XML);
        Path driver = Files.writeString(dir.resolve("driver.jar"), "jar");
        var db = new DatabaseProvisioner.Database("hum", "jdbc:mariadb://127.0.0.1:3306/hum",
                "jdbc:mariadb://127.0.0.1:3306/hum_keys", new DatabaseProvisioner.Account("hum_owner", "pw1"),
                new DatabaseProvisioner.Account("hum_app", "pw2"), new DatabaseProvisioner.Account("hum_keys", "pw3"));

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
