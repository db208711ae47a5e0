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

    /** Whether this is the EAR as built that {@link #ear()} answers (deployed once: {@link OneDeployment}). */
    public static synchronized boolean isShared(org.jboss.shrinkwrap.api.Archive<?> archive) {
        return archive != null && archive == cached;
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
