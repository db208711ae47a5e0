package org.hum.it;

import org.hum.dev.PayaraDomain;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The running server holds no credential that can rewrite the audit trail or the ledger: every
 * account in the domain's connection pools is refused an UPDATE, a DELETE and a change of
 * definition on the audit tables and the payment ledger (docs/operations.md, "Migrations"). And
 * what holds a secret (the secrets folder, the keys, the domain's configuration) is its owner's
 * only. The stand lays these out through the same code as the run command.
 */
@ExtendWith(ArquillianExtension.class)
class ServerAccountsIT {
    private static final String DB = Stand.DATABASE;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    record Pool(String name, String url, String user, String password) {
    }

    static List<Pool> pools() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        var doc = f.newDocumentBuilder().parse(Stand.current().domainXml().toFile());
        NodeList nodes = doc.getElementsByTagName("jdbc-connection-pool");
        List<Pool> pools = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element pool = (Element) nodes.item(i);
            Map<String, String> p = new LinkedHashMap<>();
            NodeList props = pool.getElementsByTagName("property");
            for (int j = 0; j < props.getLength(); j++) {
                Element prop = (Element) props.item(j);
                p.put(prop.getAttribute("name").toLowerCase(java.util.Locale.ROOT), prop.getAttribute("value"));
            }
            if (p.getOrDefault("url", "").startsWith("jdbc:mariadb:")) {
                pools.add(new Pool(pool.getAttribute("name"), p.get("url"), p.get("user"), password(p.get("password"))));
            }
        }
        return pools;
    }

    /** A pool's password as the server reads it: a password alias, looked up in the domain's alias store. */
    private static String password(String value) throws Exception {
        if (value == null || !value.startsWith("${ALIAS=")) {
            return value;
        }
        return PayaraDomain.at(Path.of(System.getProperty("payara.home"))).passwordAlias(
                value.substring("${ALIAS=".length(), value.length() - 1));
    }

    @Test
    void noPoolOfTheServerCanRewriteTheAuditTrailOrTheLedger() throws Exception {
        List<Pool> pools = pools();
        assertEquals(List.of("HumPool", "HumKeysPool"), pools.stream().map(Pool::name).toList(),
                "the application's pool and the keys pool, and no schema owner's");
        String owner = Stand.current().database().owner().user();
        for (Pool pool : pools) {
            assertFalse(pool.user().equals(owner), pool.name() + " uses the schema owner's account");
            try (Connection c = DriverManager.getConnection(pool.url(), pool.user(), pool.password());
                 Statement s = c.createStatement()) {
                for (String sql : List.of(
                        "UPDATE " + DB + ".audit_event SET action = 'X' WHERE seq = 1",
                        "DELETE FROM " + DB + ".audit_event WHERE seq = 1",
                        "UPDATE " + DB + ".audit_chain SET gap = TRUE WHERE seq = 1",
                        "DELETE FROM " + DB + ".audit_chain WHERE seq = 1",
                        "DELETE FROM " + DB + ".audit_checkpoint WHERE id = 1",
                        "UPDATE " + DB + ".audit_checkpoint SET last_seq = 0 WHERE id = 1",
                        "UPDATE " + DB + ".payment_ledger SET amount = 0 WHERE seq = 1",
                        "DELETE FROM " + DB + ".payment_ledger WHERE seq = 1",
                        "TRUNCATE TABLE " + DB + ".audit_event",
                        "ALTER TABLE " + DB + ".payment_ledger ADD COLUMN x INT",
                        "DROP TABLE " + DB + ".audit_checkpoint",
                        "GRANT UPDATE ON " + DB + ".audit_event TO '" + pool.user() + "'@'%'")) {
                    SQLException refused = assertThrows(SQLException.class, () -> s.execute(sql),
                            pool.name() + " may run: " + sql);
                    // 1142 table command denied, 1044 database access denied, 1045 no grant to give
                    assertTrue(List.of(1142, 1143, 1044, 1045, 1227).contains(refused.getErrorCode()),
                            pool.name() + ", " + sql + ": " + refused.getErrorCode() + " " + refused.getMessage());
                }
            }
        }
    }

    /**
     * Each pool's connections compare in the collation of HUM's tables, so a long list of ids joins the
     * {@code id} it is compared with by its index (docs/performance.md, "At scale").
     */
    @Test
    void eachPoolConnectsInTheCollationOfTheTables() throws Exception {
        String tables;
        try (Connection c = Stand.current().rootConnection(); Statement s = c.createStatement();
             var r = s.executeQuery("SELECT table_collation FROM information_schema.tables WHERE table_schema = '" + DB
                     + "' AND table_name = 'source'")) {
            assertTrue(r.next());
            tables = r.getString(1);
        }
        assertEquals("utf8mb4_unicode_ci", tables, "the tables' collation");
        for (Pool pool : pools()) {
            try (Connection c = DriverManager.getConnection(pool.url(), pool.user(), pool.password());
                 Statement s = c.createStatement(); var r = s.executeQuery("SELECT @@collation_connection")) {
                assertTrue(r.next());
                assertEquals(tables, r.getString(1), pool.name() + "'s connections");
            }
        }
    }

    /** The secrets, the keys and the server's configuration are their owner's only, as the run command leaves them. */
    @Test
    void secretsKeysAndTheDomainsConfigurationAreTheOwnersOnly() throws Exception {
        Path home = Path.of(System.getProperty("hum.it.home", "target/it-home")).toAbsolutePath();
        assertEquals("rwx------", mode(home), "the stand's folder");
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(home.resolve("secrets"), home.resolve("app/keys"))) {
            assertEquals("rwx------", mode(dir), dir.toString());
            try (var list = Files.list(dir)) {
                list.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("kek.p12")), files.toString());
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("audit-public.pem")), files.toString());
        for (Path f : files) {
            assertEquals("rw-------", mode(f), f.toString());
        }
        Path domainXml = Stand.current().domainXml();
        assertEquals("rwx------", mode(domainXml.getParent()), "the domain's config folder (the server rewrites domain.xml)");
        assertFalse(Files.readString(domainXml).contains(Stand.current().database().app().password()),
                "the pool's password is not in it: it is a password alias (docs/operations.md, \"Deployment hardening\")");
        assertEquals("rw-------", mode(domainXml.resolveSibling("domain-passwords")), "the alias store is the owner's only");
    }

    private static String mode(Path p) throws java.io.IOException {
        return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
