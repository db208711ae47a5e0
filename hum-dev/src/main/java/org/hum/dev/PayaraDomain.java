package org.hum.dev;
// Over 300 lines: the one place that knows how a Payara domain is unpacked, configured offline (pools, driver, settings) and driven through asadmin, for ./run and the ITs alike (the deployment group apart, in DeploymentGroup).

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A Payara Server installation and its {@code domain1}: unpacked from the distribution zip
 * taken from Maven Central, configured offline (JDBC driver in the domain's {@code lib/},
 * the two connection pools, the application's system properties), then started, deployed
 * to and stopped through {@code asadmin}.
 *
 * <p>The pools are plain {@code javax.sql.DataSource} pools of {@code MariaDbDataSource},
 * configured by url, user and password only (docs/architecture.md: Connector/J 3.x has no
 * serverName/port setters, and an XA declaration breaks DDL inside JTA).
 */
public final class PayaraDomain {
    public static final String APP_POOL = "HumPool";
    public static final String APP_JNDI = "jdbc/hum";
    /** The schema owner's pool of earlier releases: removed where found, never made (the migrations run before the server starts). */
    static final String OWNER_POOL = "HumOwnerPool";
    static final String OWNER_JNDI = "jdbc/humOwner";
    public static final String KEYS_POOL = "HumKeysPool";
    public static final String KEYS_JNDI = "jdbc/humKeys";
    private static final String DOMAIN = "domain1";
    static final String APP_PASSWORD_ALIAS = "hum-db-app-password";
    static final String KEYS_PASSWORD_ALIAS = "hum-db-keys-password";

    private final Path home;
    private final List<String> jvmOptions;

    private PayaraDomain(Path home, List<String> jvmOptions) {
        this.home = home;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** The installation at {@code dir/payara6}, unpacked from {@code zip} if it is not there yet. */
    public static PayaraDomain unpack(Path zip, Path dir, PrintStream out) throws IOException {
        Path home = dir.resolve("payara6");
        if (!Files.isRegularFile(home.resolve("bin/asadmin"))) {
            out.println("Payara Server: unpacking " + zip.getFileName() + " into " + dir + " (first start only)");
            unzip(zip, dir);
        }
        return new PayaraDomain(home, List.of());
    }

    public static PayaraDomain at(Path home) {
        return new PayaraDomain(home, List.of());
    }

    /**
     * This domain, whose {@code configure} also gives the server these JVM options, each replacing
     * any the server had that starts with the same text up to its {@code =} (the test stand's
     * compiler setting: docs/testing.md, "Integration tests").
     */
    public PayaraDomain withJvmOptions(List<String> options) {
        return new PayaraDomain(home, options);
    }

    public Path home() {
        return home;
    }

    public Path domainDir() {
        return home.resolve("glassfish/domains/" + DOMAIN);
    }

    public Path serverLog() {
        return domainDir().resolve("logs/server.log");
    }

    /** Puts the driver in the domain, and the pools and properties in domain.xml. */
    public void configure(Path jdbcDriver, DatabaseProvisioner.Database db, Map<String, String> systemProperties)
            throws Exception {
        configure(jdbcDriver, db, systemProperties, 0);
    }

    /**
     * As {@link #configure(Path, DatabaseProvisioner.Database, Map)}, with every port of the
     * server shifted by {@code portOffset} (HTTP 8080, admin 4848 and the rest), so that two
     * domains can run side by side: a test run beside {@code ./run}, say.
     */
    public void configure(Path jdbcDriver, DatabaseProvisioner.Database db, Map<String, String> systemProperties,
                          int portOffset) throws Exception {
        configure(jdbcDriver, db, systemProperties, portOffset, Listening.LOOPBACK);
    }

    /**
     * As {@link #configure(Path, DatabaseProvisioner.Database, Map, int)}, listening as {@code listening}
     * says. The pools' passwords and every setting whose name ends in {@code password} go into the
     * domain's password alias store, never into domain.xml: a pool names its password as
     * {@code ${ALIAS=...}}, and the application reads such a setting from Payara's password-alias
     * config source, where the alias is the setting's name.
     */
    public void configure(Path jdbcDriver, DatabaseProvisioner.Database db, Map<String, String> systemProperties,
                          int portOffset, Listening listening) throws Exception {
        configure(jdbcDriver, db, systemProperties, portOffset, listening, false);
    }

    /**
     * As {@link #configure(Path, DatabaseProvisioner.Database, Map, int, Listening)}; with {@code group},
     * the deployment group's configuration and instances too, and the domain administration server's
     * own HTTP listeners off (without, they are on: the domain's server serves HUM itself).
     */
    public void configure(Path jdbcDriver, DatabaseProvisioner.Database db, Map<String, String> systemProperties,
                          int portOffset, Listening listening, boolean group) throws Exception {
        Map<String, String> aliases = new java.util.LinkedHashMap<>();
        aliases.put(APP_PASSWORD_ALIAS, db.app().password());
        aliases.put(KEYS_PASSWORD_ALIAS, db.keys().password());
        Map<String, String> plain = new java.util.LinkedHashMap<>();
        systemProperties.forEach((name, value) -> (DomainSecurity.isSecret(name) ? aliases : plain).put(name, value));
        passwordAliases(aliases);
        Path lib = domainDir().resolve("lib");
        Files.createDirectories(lib);
        Files.copy(jdbcDriver, lib.resolve("mariadb-java-client.jar"), StandardCopyOption.REPLACE_EXISTING);

        Path domainXml = domainDir().resolve("config/domain.xml");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(domainXml.toFile());

        Element resources = child(doc.getDocumentElement(), "resources");
        removeChildren(resources, "jdbc-connection-pool", "name", List.of(APP_POOL, OWNER_POOL, KEYS_POOL));
        removeChildren(resources, "jdbc-resource", "jndi-name", List.of(APP_JNDI, OWNER_JNDI, KEYS_JNDI));
        resources.appendChild(pool(doc, APP_POOL, db.jdbcUrl(), db.app().user(), APP_PASSWORD_ALIAS, false));
        resources.appendChild(resource(doc, APP_JNDI, APP_POOL));
        // keys: its own account and schema; never enlisted, so a transaction never spans two non-XA pools
        resources.appendChild(pool(doc, KEYS_POOL, db.keysJdbcUrl(), db.keys().user(), KEYS_PASSWORD_ALIAS, true));
        resources.appendChild(resource(doc, KEYS_JNDI, KEYS_POOL));

        Element server = serverElement(doc);
        refer(doc, server, systemProperties.keySet(), plain);
        hideServerIdentity(doc);
        DomainSecurity.listen(doc, serverConfig(doc), domainDir().resolve("config"), listening);
        shiftPorts(doc, portOffset);
        privateTempDir(doc);
        heap(doc, serverConfig(doc));
        for (String option : jvmOptions) {
            int eq = option.indexOf('=');
            jvmOption(doc, eq < 0 ? option : option.substring(0, eq + 1), eq < 0 ? "" : option.substring(eq + 1));
        }
        Element groupConfig = config(doc, DeploymentGroup.CONFIG);
        if (group && groupConfig != null) {
            new DeploymentGroup(this).configure(doc, groupConfig, systemProperties.keySet(), plain, listening);
        } else {
            adminServerHttp(doc, true);
        }

        var t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.INDENT, "no");
        Path tmp = domainXml.resolveSibling("domain.xml.hum-tmp");
        t.transform(new DOMSource(doc), new StreamResult(tmp.toFile()));
        Files.move(tmp, domainXml, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        ownerOnly(domainXml.getParent(), domainXml);
    }

    /**
     * The pools' resource references and the application's settings on one server (the domain's own,
     * or an instance of the deployment group). The secrets are removed too: an earlier configuration
     * may have put them there in the clear.
     */
    static void refer(Document doc, Element server, java.util.Set<String> names, Map<String, String> plain) {
        removeChildren(server, "resource-ref", "ref", List.of(APP_JNDI, OWNER_JNDI, KEYS_JNDI));
        removeChildren(server, "system-property", "name", new ArrayList<>(names));
        insertResourceRef(doc, server, APP_JNDI);
        insertResourceRef(doc, server, KEYS_JNDI);
        plain.forEach((name, value) -> {
            Element p = doc.createElement("system-property");
            p.setAttribute("name", name);
            p.setAttribute("value", value);
            server.appendChild(p);
        });
    }

    /** The domain's own server's HTTP listener on (it serves HUM) or off, with its HTTPS one (a deployment group serves it). */
    static void adminServerHttp(Document doc, boolean on) {
        NodeList listeners = serverConfig(doc).getElementsByTagName("network-listener");
        for (int i = 0; i < listeners.getLength(); i++) {
            Element l = (Element) listeners.item(i);
            if ("http-listener-1".equals(l.getAttribute("name")) || (!on && "http-listener-2".equals(l.getAttribute("name")))) {
                l.setAttribute("enabled", Boolean.toString(on));
            }
        }
    }

    static Element config(Document doc, String name) {
        NodeList configs = child(doc.getDocumentElement(), "configs").getElementsByTagName("config");
        for (int i = 0; i < configs.getLength(); i++) {
            Element c = (Element) configs.item(i);
            if (name.equals(c.getAttribute("name"))) {
                return c;
            }
        }
        return null;
    }

    /**
     * The domain's configuration holds the pools' passwords and the application's settings: its
     * folder and domain.xml are the owner's only. The folder matters most, since the server
     * rewrites domain.xml (a new file, with the default permissions) when its configuration changes.
     */
    static void ownerOnly(Path configDir, Path domainXml) throws IOException {
        if (configDir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(configDir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(domainXml, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** No Server or X-Powered-By header naming the server and its version on any listener. */
    /**
     * The server's own temporary directory inside the domain, not the machine's shared /tmp:
     * two servers on one machine (a test run beside {@code ./run}, or parallel test stands)
     * otherwise clean up each other's uploaded archives, and a deployment fails with "File
     * source doesn't exist".
     */
    private void privateTempDir(Document doc) throws IOException {
        Path tmp = domainDir().resolve("tmp");
        Files.createDirectories(tmp);
        jvmOption(doc, "-Djava.io.tmpdir=", tmp.toAbsolutePath().toString());
    }

    /**
     * A 1 GB heap instead of the domain's 512 MB. Each redeployment leaves the earlier one's
     * jar manifests behind until the server restarts: a heap dump of the test stand after about
     * 40 deployments held 231 copies of Bouncy Castle's bcprov manifest (188 MB) and 275 of
     * bcpkix's (40 MB), and the next password hash ran out of heap. One start with one
     * deployment (./run) needs far less; the test stand redeploys once per test class.
     */
    static void heap(Document doc, Element config) {
        jvmOption(doc, config, "-Xmx", "1g");
    }

    /** The server's JVM option {@code prefix + value}, replacing any that starts with {@code prefix}. */
    static void jvmOption(Document doc, String prefix, String value) {
        jvmOption(doc, serverConfig(doc), prefix, value);
    }

    /** As {@link #jvmOption(Document, String, String)}, in the configuration {@code config}. */
    static void jvmOption(Document doc, Element config, String prefix, String value) {
        Element java = child(config, "java-config");
        NodeList options = java.getElementsByTagName("jvm-options");
        for (int i = options.getLength() - 1; i >= 0; i--) {
            if (options.item(i).getTextContent().startsWith(prefix)) {
                java.removeChild(options.item(i));
            }
        }
        Element e = doc.createElement("jvm-options");
        e.setTextContent(prefix + value);
        java.appendChild(e);
    }

    private static void hideServerIdentity(Document doc) {
        NodeList https = doc.getElementsByTagName("http");
        for (int i = 0; i < https.getLength(); i++) {
            Element http = (Element) https.item(i);
            if (http.getParentNode() instanceof Element protocol && "protocol".equals(protocol.getTagName())) {
                http.setAttribute("xpowered-by", "false");
                http.setAttribute("server-header", "false");
            }
        }
    }

    /**
     * Shifts the server's ports to their defaults plus {@code offset}. The offset last applied
     * is kept beside domain.xml, so that configuring again never accumulates shifts.
     */
    private void shiftPorts(Document doc, int offset) throws IOException {
        Path record = domainDir().resolve("config/hum-port-offset");
        int previous = Files.exists(record) ? Integer.parseInt(Files.readString(record).strip()) : 0;
        Element config = serverConfig(doc);
        for (String tag : List.of("network-listener", "iiop-listener", "jmx-connector")) {
            NodeList nodes = config.getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                shift((Element) nodes.item(i), "port", previous, offset);
            }
        }
        NodeList props = config.getElementsByTagName("system-property");
        for (int i = 0; i < props.getLength(); i++) {
            Element p = (Element) props.item(i);
            if ("JMS_PROVIDER_PORT".equals(p.getAttribute("name"))) {
                shift(p, "value", previous, offset);
            }
        }
        NodeList hz = doc.getElementsByTagName("hazelcast-runtime-configuration");
        for (int i = 0; i < hz.getLength(); i++) {
            shift((Element) hz.item(i), "start-port", previous, offset);
            shift((Element) hz.item(i), "das-port", previous, offset);
        }
        Files.writeString(record, Integer.toString(offset));
    }

    private static final List<Integer> DEFAULT_PORTS = List.of(8080, 8181, 4848, 3700, 3820, 3920, 8686, 7676, 5900, 4900);

    private static void shift(Element e, String attribute, int previous, int offset) {
        String value = e.getAttribute(attribute);
        if (!value.matches("[0-9]{1,5}")) {
            return; // a ${VARIABLE}: resolved elsewhere
        }
        int original = Integer.parseInt(value) - previous;
        if (DEFAULT_PORTS.contains(original)) {
            e.setAttribute(attribute, String.valueOf(original + offset));
        }
    }

    static Element serverConfig(Document doc) {
        NodeList configs = child(doc.getDocumentElement(), "configs").getElementsByTagName("config");
        for (int i = 0; i < configs.getLength(); i++) {
            Element c = (Element) configs.item(i);
            if ("server-config".equals(c.getAttribute("name"))) {
                return c;
            }
        }
        throw new IllegalStateException("domain.xml has no config named 'server-config'");
    }

    /** Writes {@code aliases} into the domain's password alias store ({@link DomainSecurity#writeAliases}). */
    void passwordAliases(Map<String, String> aliases) throws Exception {
        DomainSecurity.writeAliases(domainDir().resolve("config"), aliases);
    }

    /** The value of a password alias, as the server will read it (tests that connect as the server's pools). */
    public String passwordAlias(String alias) throws Exception {
        return DomainSecurity.readAlias(domainDir().resolve("config"), alias);
    }

    public void start(PrintStream out) throws IOException, InterruptedException {
        asadmin(out, 180, "start-domain", DOMAIN);
    }

    /** The running server's process, from the pid file the domain writes when it starts. */
    public java.util.Optional<ProcessHandle> serverProcess() {
        return processOf(domainDir().resolve("config/pid"));
    }

    static java.util.Optional<ProcessHandle> processOf(Path pid) {
        try {
            return Files.isRegularFile(pid) ? ProcessHandle.of(Long.parseLong(Files.readString(pid).strip()))
                    : java.util.Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    public void deploy(Path ear, PrintStream out) throws IOException, InterruptedException {
        undeployFromOthers(false, out);
        deployRetrying(out, "deploy", "--force=true", "--name", "hum", ear.toAbsolutePath().toString());
    }

    /**
     * Deploys, once more after a pause (up to three tries) when the domain still holds the name of
     * an application just undeployed from another target: seen right after {@code undeploy} from a
     * deployment group ("Application name hum is already in use"), while a deployment a few seconds
     * later succeeds.
     */
    void deployRetrying(PrintStream out, String... args) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                asadmin(out, 600, args);
                return;
            } catch (IOException e) {
                if (attempt >= 3 || !String.valueOf(e.getMessage()).contains("already in use")) {
                    throw e;
                }
                Thread.sleep(5000);
                removeLeftover(Files.readString(domainDir().resolve("config/domain.xml")));
            }
        }
    }

    /**
     * Undeploys HUM from every target when it is deployed where this start does not want it (to the
     * group when the domain's own server is to serve it, or the reverse): Payara refuses to redeploy an
     * application that more than one target references. Answers whether it undeployed.
     */
    boolean undeployFromOthers(boolean group, PrintStream out) throws IOException, InterruptedException {
        boolean undeployed = false;
        String xml = Files.readString(domainDir().resolve("config/domain.xml"));
        java.util.regex.Matcher servers = java.util.regex.Pattern.compile(
                "<server [^>]*name=\"([^\"]+)\"[^>]*>(.*?)</server>", java.util.regex.Pattern.DOTALL).matcher(xml);
        while (servers.find()) {
            boolean ours = group != servers.group(1).equals("server");
            if (!ours && servers.group(2).contains("<application-ref ref=\"hum\"")) {
                asadmin(out, 300, "undeploy", "--target", "domain", "hum");
                undeployed = true;
                xml = Files.readString(domainDir().resolve("config/domain.xml"));
                break;
            }
        }
        removeLeftover(xml);
        return undeployed;
    }

    /**
     * An undeployment (from a group, or from this server before a deployment to a group) can leave
     * the application's folder behind, emptied, and a deployment then fails ("already in use", then
     * "Could not find sub module"); a failed deployment leaves it too. Removed while the domain
     * holds no application of that name.
     */
    private void removeLeftover(String domainXml) throws IOException {
        Path leftover = domainDir().resolve("applications/hum");
        if (!domainXml.matches("(?s).*<application [^>]*name=\"hum\".*") && Files.isDirectory(leftover)) {
            try (java.util.stream.Stream<Path> files = Files.walk(leftover)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    /** Stops the domain; quiet and harmless when it is not running. */
    public boolean stop(PrintStream out) {
        try {
            return asadmin(out, 120, "stop-domain", DOMAIN) == 0;
        } catch (IOException | InterruptedException e) {
            out.println("Payara Server: stop-domain failed: " + e.getMessage());
            return false;
        }
    }

    int asadmin(PrintStream out, int timeoutSeconds, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        // umask 077: what the server writes (domain.xml rewritten at a deployment, logs, the
        // application's files) is the owner's only, as the stand's own files are
        command.addAll(List.of("/bin/sh", "-c", "umask 077 && exec \"$0\" \"$@\""));
        command.add(home.resolve("bin/asadmin").toString());
        command.add("--interactive=false");
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (InputStream in = p.getInputStream()) {
            String output = new String(in.readAllBytes());
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("asadmin " + args[0] + " did not finish in " + timeoutSeconds + " s");
            }
            if (p.exitValue() != 0 && !args[0].startsWith("stop-")) {
                throw new IOException("asadmin " + String.join(" ", args) + " failed:\n" + output.strip());
            }
            return p.exitValue();
        }
    }

    /**
     * Every connection compares in the collation of HUM's tables: the driver's default,
     * {@code utf8mb4_general_ci}, gave a list of 1,000 ids or more (which MariaDB turns into a table
     * of its own) another collation than the {@code id} it is joined to, and MariaDB then read a
     * register page by walking an index past every file: 100 ms where the same statement took 11
     * (docs/performance.md, "At scale"; docs/operations.md, "Deployment settings").
     */
    static final String CONNECTION_OPTIONS = "?connectionCollation=utf8mb4_unicode_ci";

    private static Element pool(Document doc, String name, String url, String user, String passwordAlias,
                                boolean nonTransactional) {
        Element pool = doc.createElement("jdbc-connection-pool");
        pool.setAttribute("name", name);
        pool.setAttribute("res-type", "javax.sql.DataSource");
        pool.setAttribute("datasource-classname", "org.mariadb.jdbc.MariaDbDataSource");
        pool.setAttribute("steady-pool-size", nonTransactional ? "0" : "4");
        pool.setAttribute("max-pool-size", nonTransactional ? "8" : "32");
        pool.setAttribute("is-connection-validation-required", "true");
        pool.setAttribute("connection-validation-method", "custom-validation");
        pool.setAttribute("validation-classname", "org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation");
        pool.setAttribute("fail-all-connections", "true");
        // a connection is checked (a ping: a round trip) when handed out only if its last check is a second old or more:
        // a check on every one cost four round trips a contact report (docs/performance.md, "Connection checks")
        pool.setAttribute("validate-atmost-once-period-in-seconds", "1");
        // no SQL trace listener: Payara's default (a silent one, for its request tracing, which HUM does not
        // use) wraps every connection and statement in a reflective proxy that builds a trace record for
        // each JDBC call; "null" is how the pool's configuration says none (docs/performance.md,
        // "The next session's build")
        pool.setAttribute("sql-trace-listeners", "null");
        if (nonTransactional) {
            // DDL (the migrator) and key-schema writes are never enlisted in a JTA transaction
            pool.setAttribute("non-transactional-connections", "true");
        }
        pool.appendChild(property(doc, "url", url + CONNECTION_OPTIONS));
        pool.appendChild(property(doc, "user", user));
        pool.appendChild(property(doc, "password", "${ALIAS=" + passwordAlias + "}"));
        return pool;
    }

    private static Element resource(Document doc, String jndi, String pool) {
        Element r = doc.createElement("jdbc-resource");
        r.setAttribute("jndi-name", jndi);
        r.setAttribute("pool-name", pool);
        return r;
    }

    private static Element property(Document doc, String name, String value) {
        Element p = doc.createElement("property");
        p.setAttribute("name", name);
        p.setAttribute("value", value);
        return p;
    }

    private static void insertResourceRef(Document doc, Element server, String jndi) {
        Element ref = doc.createElement("resource-ref");
        ref.setAttribute("ref", jndi);
        server.insertBefore(ref, server.getFirstChild());
    }

    private static Element serverElement(Document doc) {
        NodeList servers = child(doc.getDocumentElement(), "servers").getElementsByTagName("server");
        for (int i = 0; i < servers.getLength(); i++) {
            Element s = (Element) servers.item(i);
            if ("server".equals(s.getAttribute("name"))) {
                return s;
            }
        }
        throw new IllegalStateException("domain.xml has no server named 'server'");
    }

    static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        throw new IllegalStateException("domain.xml has no <" + name + "> under <" + parent.getTagName() + ">");
    }

    private static void removeChildren(Element parent, String tag, String attribute, List<String> values) {
        List<Node> doomed = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag) && values.contains(e.getAttribute(attribute))) {
                doomed.add(n);
            }
        }
        doomed.forEach(parent::removeChild);
    }

    private static void unzip(Path zip, Path dir) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = root.resolve(e.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw new IOException("zip entry outside the target folder: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    String n = target.getFileName().toString();
                    // the scripts, and nadmin, which the domain runs to start an instance on this machine
                    if ((target.getParent().getFileName().toString().equals("bin") && !n.endsWith(".bat"))
                            || n.equals("nadmin")) {
                        target.toFile().setExecutable(true);
                    }
                }
            }
        }
    }
}
