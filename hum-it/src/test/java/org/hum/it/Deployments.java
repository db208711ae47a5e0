package org.hum.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.StringAsset;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The real EAR that hum-ear built: deployed as it is, or with test classes added to its WAR. */
public final class Deployments {
    private Deployments() {
    }

    private static EnterpriseArchive cached;

    /** The EAR as built, read once per run: every class deploys the same one, and none changes it. */
    public static synchronized EnterpriseArchive ear() {
        if (cached == null) {
            cached = read();
        }
        return cached;
    }

    /** The EAR with every test class that runs in the server inside its WAR, built once per run. */
    private static EnterpriseArchive inServer;

    /**
     * Whether this is one of the two archives every class of its kind shares, each deployed once
     * while its classes run ({@link OneDeployment}): the EAR as built ({@link #ear()}), or the
     * one with the in-server test classes ({@link #inServer()}).
     */
    public static synchronized boolean isShared(org.jboss.shrinkwrap.api.Archive<?> archive) {
        return archive != null && (archive == cached || archive == inServer);
    }

    /**
     * The EAR with the classes that run inside the server ({@link SuiteOrder#OWN_ARCHIVE}) in its
     * WAR, all of them: each of those classes names this one archive, so it is deployed once for
     * the three (SuiteOrder runs them one after another) instead of once each.
     */
    public static synchronized EnterpriseArchive inServer() {
        if (inServer == null) {
            inServer = earWith(ServerCryptoIT.class, AuditAppendRateIT.class, AuditBatchIT.class);
        }
        return inServer;
    }

    private static EnterpriseArchive read() {
        File file = new File(System.getProperty("hum.ear", "../hum-ear/target/hum.ear"));
        if (!file.isFile()) {
            throw new IllegalStateException("no EAR at " + file.getAbsolutePath() + ": build hum-ear first (./mvnw verify)");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
    }

    /** The EAR with these test classes inside its WAR, for tests that run in the container. */
    public static EnterpriseArchive earWith(Class<?>... testClasses) {
        EnterpriseArchive ear = read(); // a copy of its own: this one is changed
        WebArchive war = ear.getAsType(WebArchive.class, "hum-web.war");
        war.addClasses(testClasses);
        // the test runner's servlet is reached without a login, like the login page
        String webXml = read(war.get("WEB-INF/web.xml").getAsset());
        war.delete("WEB-INF/web.xml");
        war.setWebXML(new StringAsset(webXml.replace("<url-pattern>/login.xhtml</url-pattern>",
                "<url-pattern>/login.xhtml</url-pattern><url-pattern>/ArquillianServletRunnerEE9</url-pattern>")));
        ear.delete("hum-web.war");
        return ear.addAsModule(war);
    }

    private static String read(Asset asset) {
        try (InputStream in = asset.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
