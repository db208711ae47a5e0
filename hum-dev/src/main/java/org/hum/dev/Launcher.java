package org.hum.dev;

import java.io.IOException;
import org.hum.partner.cms.DevelopmentPki;
import org.hum.partner.cms.Pem;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * The run command: stands HUM up for a person to use, prints where and how to log in, and
 * on Ctrl-C or SIGTERM stops everything it started.
 *
 * <pre>java -cp ... org.hum.dev.Launcher --ear hum.ear --payara-zip payara.zip --driver mariadb.jar
 *        [--home .hum] [--embedded-db] [--tls [--listen ADDRESS]]</pre>
 *
 * It listens on the loopback address only unless told otherwise, and serving beyond it needs
 * TLS: {@code --listen} is refused without {@code --tls} (docs/operations.md, "Transport").
 */
public final class Launcher {
    static final String BASE_URL = "http://localhost:8080/hum/";
    /** Where the demo load keeps the keys of the demo users it enrolled, where a second factor is required. */
    static final String SECOND_FACTOR_KEYS = "secrets/second-factor";
    static final String HTTPS_URL = "https://localhost:8181/hum/";

    private final Options options;
    private final PrintStream out = System.out;
    private volatile DatabaseServer database;
    private volatile PayaraDomain payara;
    private volatile DeploymentGroup group;
    private volatile LogEcho echo;

    private Launcher(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        new Launcher(options).run();
    }

    private void run() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopAll();
            stopped.countDown();
        }, "hum-stop"));
        try {
            startAll();
        } catch (Exception e) {
            System.err.println();
            System.err.println("HUM did not start: " + e.getMessage());
            System.exit(1);
        }
        printWelcome();
        watchServer();
        stopped.await();
    }

    /** Set when HUM is being stopped on purpose: the server's exit is then expected. */
    private volatile boolean stopping;

    /**
     * Says so, and stops what is left, when the server dies on its own (killed, out of memory): the
     * run command otherwise sat silent while nothing answered.
     */
    private void watchServer() {
        if (options.instances() > 1) {
            watchInstances();
            return;
        }
        payara.serverProcess().ifPresentOrElse(process -> process.onExit().thenRun(() -> {
            if (!stopping) {
                System.err.println();
                System.err.println("Payara Server (process " + process.pid() + ") stopped on its own: HUM is not "
                        + "answering. The end of its log is in " + payara.serverLog() + ". Stopping the rest; start "
                        + "again with ./run.");
                System.exit(1);
            }
        }), () -> out.println("(Cannot watch the server's process: no pid file; if it stops, this will not notice.)"));
    }

    /**
     * With a deployment group, an instance that dies is said, and the others go on serving: that is
     * what the second instance is for. Start it again with {@code asadmin start-instance} (printed).
     * Only when the domain administration server dies does the run command stop the rest.
     */
    private void watchInstances() {
        for (int n = 1; n <= options.instances(); n++) {
            String name = DeploymentGroup.instanceName(n);
            group.instanceProcess(name).ifPresent(process -> process.onExit().thenRun(() -> {
                if (!stopping) {
                    System.err.println();
                    System.err.println("Instance " + name + " (process " + process.pid() + ") stopped on its own; the others "
                            + "go on serving. Its log: " + group.instanceLog(name) + ". To start it again: "
                            + payara.home().resolve("bin/asadmin") + " start-instance " + name);
                }
            }));
        }
        payara.serverProcess().ifPresent(process -> process.onExit().thenRun(() -> {
            if (!stopping) {
                System.err.println();
                System.err.println("The domain administration server (process " + process.pid() + ") stopped on its own. "
                        + "Stopping the rest; start again with ./run --instances " + options.instances() + ".");
                System.exit(1);
            }
        }));
    }

    private void startAll() throws Exception {
        Path home = options.home().toAbsolutePath();
        Files.createDirectories(home);
        DevSecrets.ownerOnlyFolder(home); // secrets, keys, the database's files and the server's configuration live here
        DevSecrets secrets = new DevSecrets(home.resolve("secrets"));

        database = DatabaseServer.locate(home.resolve("mariadb"), options.embeddedDb(), secrets, out);
        DatabaseProvisioner.Database db = DatabaseProvisioner.provision(database, options.database(), secrets,
                options.freshDatabase());
        out.println("MariaDB: databases '" + db.name() + "' and '" + db.keysSchema() + "' with accounts " + db.owner().user()
                + " (schema owner), " + db.app().user() + " (application) and " + db.keys().user() + " (data keys only)");

        Migrations.apply(db, out); // before the server starts: it holds no owner's account
        DemoData.DemoPartners partners = developmentPki(home, secrets, out);

        payara = PayaraDomain.unpack(options.payaraZip(), home, out);
        group = new DeploymentGroup(payara);
        payara.stop(new PrintStream(PrintStream.nullOutputStream())); // a domain left over from a killed run
        group.stopLeftovers(new PrintStream(PrintStream.nullOutputStream()));
        java.util.Map<String, String> settings = AppSettings.of(home.resolve("app"), secrets, db, DemoData.ADMIN,
                DemoData.ADMIN2, demoPassword(secrets));
        settings.put("hum.auth.second-factor", options.secondFactor());
        Listening listening = listening(home);
        payara.configure(options.driver(), db, settings, 0, listening, options.instances() > 1);
        if (options.instances() > 1) {
            startGroup(db, settings, listening);
        } else {
            out.println("Payara Server: starting domain1 (" + payara.home() + ")");
            echo = LogEcho.follow(payara.serverLog(), out);
            payara.start(out);
            out.println("Payara Server: deploying " + options.ear().getFileName());
            payara.deploy(options.ear(), out);
        }
        for (int n = 1; n <= options.instances(); n++) {
            awaitHealth(baseUrl(n));
        }
        DemoApi demo = new DemoApi(BASE_URL, demoPassword(secrets), home.resolve(SECOND_FACTOR_KEYS));
        DemoData.loadOnce(demo, demoPassword(secrets), partners, out);
        DemoOperations.walkOnce(demo, out);
        DemoCaseload.loadOnce(demo, db, out);
    }

    /**
     * {@code --instances N}: a deployment group of N instances on this machine (HTTP 8080, 8081, ...),
     * made by the domain administration server at the first such start and kept in the domain from
     * then on; the EAR is deployed to the group, and the instances start together. The domain
     * administration server serves no application (docs/operations.md, "Two instances").
     */
    private void startGroup(DatabaseProvisioner.Database db, java.util.Map<String, String> settings, Listening listening)
            throws Exception {
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        if (!group.exists(options.instances())) {
            out.println("Payara Server: making the deployment group '" + DeploymentGroup.NAME + "' of " + options.instances()
                    + " instances (first start with --instances only)");
            payara.start(out);
            group.create(options.instances(), 0, out);
            payara.stop(quiet);
            payara.configure(options.driver(), db, settings, 0, listening, true); // the group's configuration and instances too
        }
        out.println("Payara Server: starting domain1, the domain administration server (" + payara.home() + ")");
        payara.start(out);
        echo = LogEcho.follow(group.instanceLog(DeploymentGroup.instanceName(1)), out);
        out.println("Payara Server: deploying " + options.ear().getFileName() + " to the deployment group '"
                + DeploymentGroup.NAME + "'");
        group.deploy(options.ear(), out);
        // one after the other: on a first start the first instance generates the development keys, which
        // the others then open (two generating at once would each try to make the key store)
        for (int n = 1; n <= options.instances(); n++) {
            out.println("Payara Server: starting instance " + DeploymentGroup.instanceName(n) + " (" + baseUrl(n) + ")");
            group.startInstance(DeploymentGroup.instanceName(n), out);
            awaitHealth(baseUrl(n));
        }
    }

    /** Where instance {@code n} (1-based) serves HUM: 8080, 8081, ... */
    static String baseUrl(int n) {
        return "http://localhost:" + DeploymentGroup.instanceHttpPort(n, 0) + "/hum/";
    }

    /**
     * The development CA and HUM's signing certificate (which the application would otherwise make
     * at its first CMS file) and the demo partner's key and certificate, made before the server
     * starts so that both read the same files.
     */
    static DemoData.DemoPartners developmentPki(Path home, DevSecrets secrets, PrintStream out) {
        Path app = home.resolve("app");
        DevelopmentPki pki = DevelopmentPki.open(app);
        DevelopmentPki.Issued partner1 = pki.partner("partner1");
        if (!pki.generated().isEmpty()) {
            out.println("Development certificates generated (for development only): CA " + pki.caCertificateFile()
                    + ", report signing " + pki.signingCertificateFile() + ", demo partner partner1 "
                    + pki.partnerCertificateFile("partner1") + " with its key " + pki.partnerKeyFile("partner1"));
        }
        return new DemoData.DemoPartners(Pem.certificate(partner1.certificate()), secrets.get("partner1-taxii.password"));
    }

    /** Loopback HTTP only; with {@code --tls}, HTTPS too, with the development TLS certificate. */
    private Listening listening(Path home) throws IOException {
        if (!options.tls()) {
            return Listening.LOOPBACK;
        }
        DevelopmentPki pki = DevelopmentPki.open(home.resolve("app"));
        java.util.List<String> names = new java.util.ArrayList<>();
        names.add(java.net.InetAddress.getLocalHost().getHostName());
        if (!Options.ANY_ADDRESS.equals(options.listen()) && !Listening.LOOPBACK_ADDRESS.equals(options.listen())) {
            names.add(options.listen());
        }
        DevelopmentPki.Issued tls = pki.tlsServer(names);
        out.println("TLS: development certificate " + pki.tlsCertificateFile() + " for localhost and " + names
                + ", issued by the development CA " + pki.caCertificateFile() + " (trust that CA in a browser to try it)");
        return Listening.https(options.listen(), tls.key(), java.util.List.of(tls.certificate(), pki.ca().certificate()));
    }

    private static String demoPassword(DevSecrets secrets) {
        return secrets.get("demo.password");
    }

    private void awaitHealth(String base) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/health"))
                .timeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> response = null;
        // a deployment group's instances load the application after start-deployment-group returns,
        // both at once on the same cores
        int seconds = options.instances() > 1 ? 240 : 30;
        for (int attempt = 0; attempt < seconds; attempt++) {
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    out.println("Health: " + response.body());
                    return;
                }
            } catch (IOException notYet) {
                // the listener may still be opening
            }
            Thread.sleep(1000);
        }
        throw new IOException("the application did not report healthy at " + base + "api/health"
                + (response == null ? "" : " (last answer " + response.statusCode() + ": " + response.body() + ")"));
    }

    /** The demo users whose second factor the demo load enrolled (their key files), in order. */
    private static List<String> enrolledByTheDemo(Path home) {
        try (var keys = Files.list(home.resolve(SECOND_FACTOR_KEYS))) {
            return keys.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".key"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private void printWelcome() {
        Path home = options.home().toAbsolutePath();
        String password = new DevSecrets(home.resolve("secrets")).get("demo.password");
        out.println();
        out.println("HUM is running, on this machine's loopback address only (127.0.0.1) for HTTP.");
        for (int n = 1; n <= options.instances(); n++) {
            String base = baseUrl(n);
            if (options.instances() > 1) {
                out.println("  instance " + DeploymentGroup.instanceName(n) + " (deployment group '" + DeploymentGroup.NAME + "'):");
            }
            out.println("  UI      " + base);
            out.println("  REST    " + base + "api/");
            out.println("  Health  " + base + "api/health");
        }
        if (options.instances() > 1) {
            out.println("  A token or a login from one instance works on the others; scheduled jobs run on one at a time.");
            out.println("  Domain administration (asadmin, the console): http://localhost:4848 (serves no application)");
        }
        if (options.tls()) {
            out.println("  HTTPS   " + HTTPS_URL + " on " + options.listen()
                    + " (HSTS, Secure cookies; development certificate, see above)");
        } else {
            out.println("  To serve other machines: ./run --tls --listen 0.0.0.0 (HTTPS on 8181 with a development certificate)");
        }
        out.println();
        out.println("Demo logins (password for all: " + password + ", kept in " + home.resolve("secrets/demo.password") + "):");
        out.println("  officer1     case officer, compartments COPPER and MESA");
        out.println("  officer2     case officer, compartment MESA");
        out.println("  controller1  controller, compartments COPPER and MESA");
        out.println("  authoriser1  authorising officer, senior (cleared to the top level), COPPER and MESA");
        out.println("  authoriser2  authorising officer, not senior, COPPER and MESA");
        out.println("  reviewer1    compliance reviewer, compartments COPPER and MESA");
        out.println("  reports1     reports officer (sanitized reports; no identities), COPPER and MESA");
        out.println("  admin1       administrator (sees no source content)");
        out.println("  admin2       second administrator: approves admin1's account requests, and the reverse");
        out.println("  partner1     partner: Pima County Sheriff's Office, reads the reports released to it");
        out.println("  partner1-taxii  its TAXII 2.1 machine account (HTTP Basic at " + BASE_URL + "taxii2/), password in "
                + home.resolve("secrets/partner1-taxii.password"));
        out.println("  Partner files: CA certificate " + home.resolve("app/keys/hum-ca.crt") + "; partner1's key and "
                + "certificate " + home.resolve("app/partners/partner1.key") + " and .crt");
        out.println();
        if ("required".equals(options.secondFactor())) {
            out.println("Second factor: required (hum.auth.second-factor=required): every demo user who sees source content "
                    + "enrols one (an authenticator app, TOTP) at their first login and gives its code from then on.");
            out.println("  The demo load enrolled the users it logs in as (" + String.join(", ", enrolledByTheDemo(home))
                    + "): their keys (base32, for an authenticator app) are in " + home.resolve(SECOND_FACTOR_KEYS) + ".");
        } else {
            out.println("Second factor: off for the demo users (hum.auth.second-factor=optional): a password logs them in. "
                    + "Any of them may enrol one under 'Second factor' in the header, and is asked for its code from then on.");
            out.println("  To require it, as HUM does by default outside the development stand: ./run --second-factor required");
        }
        out.println();
        if (options.instances() > 1) {
            for (int n = 1; n <= options.instances(); n++) {
                out.println("Server log of " + DeploymentGroup.instanceName(n) + ": "
                        + group.instanceLog(DeploymentGroup.instanceName(n)));
            }
        } else {
            out.println("Server log: " + payara.serverLog());
        }
        out.println("Press Ctrl-C to stop HUM, Payara Server" + (database.isEmbedded() ? " and the embedded MariaDB." : "."));
    }

    private void stopAll() {
        stopping = true;
        out.println();
        out.println("Stopping HUM...");
        if (echo != null) {
            echo.close();
        }
        if (group != null && options.instances() > 1) {
            out.println(group.stop(out) ? "Payara Server: instances stopped" : "Payara Server: instances were not running");
        }
        if (payara != null) {
            out.println(payara.stop(out) ? "Payara Server: stopped" : "Payara Server: was not running");
        }
        if (database != null && database.isEmbedded()) {
            database.close();
            out.println("MariaDB: embedded server stopped");
        }
    }

    record Options(Path ear, Path payaraZip, Path driver, Path home, boolean embeddedDb, boolean tls, String listen,
                   String secondFactor, int instances, String database, boolean freshDatabase) {
        static final String USAGE = "usage: Launcher --ear FILE --payara-zip FILE --driver FILE [--home DIR] [--embedded-db]"
                + " [--tls [--listen ADDRESS]] [--second-factor optional|required] [--instances N] [--database NAME [--fresh-database]]";
        static final String ANY_ADDRESS = "0.0.0.0";

        static Options parse(String[] args) {
            Path ear = null, zip = null, driver = null, home = Path.of(".hum");
            boolean embedded = false;
            boolean tls = false;
            String listen = null;
            String secondFactor = AppSettings.SECOND_FACTOR;
            String instances = "1";
            String database = "hum";
            boolean fresh = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--ear" -> ear = Path.of(value(args, ++i));
                    case "--payara-zip" -> zip = Path.of(value(args, ++i));
                    case "--driver" -> driver = Path.of(value(args, ++i));
                    case "--home" -> home = Path.of(value(args, ++i));
                    case "--embedded-db" -> embedded = true;
                    case "--tls" -> tls = true;
                    case "--listen" -> listen = value(args, ++i);
                    case "--second-factor" -> secondFactor = value(args, ++i);
                    case "--instances" -> instances = value(args, ++i);
                    case "--database" -> database = value(args, ++i);
                    case "--fresh-database" -> fresh = true;
                    default -> throw new IllegalArgumentException("unknown option: " + args[i]);
                }
            }
            for (Path p : new Path[] {ear, zip, driver}) {
                if (p == null || !Files.isRegularFile(p)) {
                    throw new IllegalArgumentException("missing or unreadable file: " + p);
                }
            }
            if (listen != null && !tls && !Listening.LOOPBACK_ADDRESS.equals(listen)) {
                throw new IllegalArgumentException("serving beyond this machine needs TLS: add --tls to --listen " + listen
                        + " (HTTPS on 8181 with a development certificate; HTTP stays on 127.0.0.1)");
            }
            if (listen != null && !listen.matches("[0-9.]{7,15}|[0-9a-fA-F:]{2,39}")) {
                throw new IllegalArgumentException("--listen takes an IP address (127.0.0.1, 0.0.0.0 or one of this machine's), not "
                        + listen);
            }
            if (!secondFactor.equals("optional") && !secondFactor.equals("required")) {
                throw new IllegalArgumentException("--second-factor takes optional or required, not " + secondFactor);
            }
            if (!instances.matches("[1-4]")) {
                throw new IllegalArgumentException("--instances takes a number from 1 to 4 (2 for a deployment group of two "
                        + "instances on 8080 and 8081), not " + instances);
            }
            if (fresh && database.equals("hum")) {
                throw new IllegalArgumentException("--fresh-database drops the database first: it is for a database of its own "
                        + "(--database NAME), never the run command's 'hum'");
            }
            if (!database.matches("[a-z][a-z0-9_]{0,30}")) {
                throw new IllegalArgumentException("--database takes a plain lower-case name (letters, digits, _), not " + database);
            }
            return new Options(ear, zip, driver, home, embedded, tls,
                    listen == null ? Listening.LOOPBACK_ADDRESS : listen, secondFactor, Integer.parseInt(instances), database, fresh);
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) {
                throw new IllegalArgumentException("option " + args[i - 1] + " needs a value");
            }
            return args[i];
        }
    }
}
