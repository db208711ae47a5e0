package org.hum.dev;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * HUM's Payara deployment group on this machine ({@code ./run --instances N}): its instances, their
 * configuration, and the asadmin commands that make, deploy to, start and stop them, through the
 * domain's administration server ({@link PayaraDomain}). docs/operations.md, "Two instances".
 */
public final class DeploymentGroup {
    /** The group, its shared configuration, and the node its instances run on. */
    public static final String NAME = "hum-group";
    static final String CONFIG = "hum-group-config";
    static final String NODE = "localhost-domain1";

    private final PayaraDomain domain;

    public DeploymentGroup(PayaraDomain domain) {
        this.domain = domain;
    }

    /**
     * The deployment group's shared configuration and its instances: what the domain's own server
     * gets (the pools' references, the settings, loopback-only listeners, the heap, a private
     * temporary folder per instance), while the domain administration server itself serves no HTTP:
     * its two HTTP listeners are off, so that the instances can take 8080 and 8081 (docs/operations.md,
     * "Two instances").
     */
    void configure(Document doc, Element groupConfig, java.util.Set<String> names,
                   Map<String, String> plain, Listening listening) throws Exception {
        for (Element instance : groupServers(doc)) {
            PayaraDomain.refer(doc, instance, names, plain);
            Files.createDirectories(instanceDir(instance.getAttribute("name")).resolve("tmp"));
        }
        DomainSecurity.listen(doc, groupConfig, domain.domainDir().resolve("config"), listening);
        PayaraDomain.jvmOption(doc, groupConfig, "-Djava.io.tmpdir=", "${com.sun.aas.instanceRoot}/tmp");
        PayaraDomain.heap(doc, groupConfig);
        // the instances' EJB timer service in the data grid: without it, each instance looks for the
        // timer table in its own empty H2 database and the application does not start ("EJB Timer
        // Service is not available"). HUM's timers are not persistent; one instance at a time runs a
        // job because it holds the job's lease in the database (docs/operations.md, "Two instances").
        NodeList timerServices = groupConfig.getElementsByTagName("ejb-timer-service");
        for (int i = 0; i < timerServices.getLength(); i++) {
            ((Element) timerServices.item(i)).setAttribute("ejb-timer-service", "DataGrid");
        }
        dataGrid(doc);
        PayaraDomain.adminServerHttp(doc, false);
    }

    /**
     * The data grid of the domain administration server and the instances, formed by naming its
     * members: the administration server's grid port and each instance's. The default ("domain"
     * discovery) never formed one here (each member alone, a grid of size 1), and without a grid a
     * UI session lives and dies with its instance. Partitions are not grouped by host: every member
     * is on this one host, and grouping by host would leave a session with no backup on another
     * member. In production, on several hosts, the members are the hosts' addresses and grouping by
     * host is what keeps a backup off the primary's machine (docs/operations.md, "Two instances").
     */
    private static void dataGrid(Document doc) {
        NodeList runtime = doc.getElementsByTagName("hazelcast-runtime-configuration");
        if (runtime.getLength() == 0) {
            return;
        }
        Element grid = (Element) runtime.item(0);
        String das = grid.getAttribute("das-port").isEmpty() ? "4900" : grid.getAttribute("das-port");
        List<String> members = new ArrayList<>();
        members.add(Listening.LOOPBACK_ADDRESS + ":" + das);
        for (Element instance : groupServers(doc)) {
            NodeList props = instance.getElementsByTagName("system-property");
            for (int i = 0; i < props.getLength(); i++) {
                Element p = (Element) props.item(i);
                if ("HZ_LISTENER_PORT".equals(p.getAttribute("name"))) {
                    members.add(Listening.LOOPBACK_ADDRESS + ":" + p.getAttribute("value"));
                }
            }
        }
        grid.setAttribute("discovery-mode", "tcpip");
        grid.setAttribute("tcpip-members", String.join(",", members));
        grid.setAttribute("host-aware-partitioning", "false");
    }

    /**
     * Stops instances a killed run left behind (they would hold 8080 and 8081), with or without the
     * domain administration server; quiet when there are none.
     */
    public void stopLeftovers(PrintStream out) throws IOException, InterruptedException {
        for (int n = 1; Files.isDirectory(instanceDir(instanceName(n))); n++) {
            if (instanceProcess(instanceName(n)).filter(ProcessHandle::isAlive).isPresent()) {
                domain.asadmin(out, 120, "stop-local-instance", "--node", NODE, "--kill=true", instanceName(n));
            }
        }
    }

    /** The instances of HUM's deployment group, as domain.xml lists them. */
    private static List<Element> groupServers(Document doc) {
        List<Element> found = new ArrayList<>();
        NodeList servers = PayaraDomain.child(doc.getDocumentElement(), "servers").getElementsByTagName("server");
        for (int i = 0; i < servers.getLength(); i++) {
            Element s = (Element) servers.item(i);
            if (CONFIG.equals(s.getAttribute("config-ref"))) {
                found.add(s);
            }
        }
        return found;
    }

    /** An instance's folder on this machine's node. */
    public Path instanceDir(String instance) {
        return domain.home().resolve("glassfish/nodes/" + NODE + "/" + instance);
    }

    public Path instanceLog(String instance) {
        return instanceDir(instance).resolve("logs/server.log");
    }

    /** Whether the domain already has HUM's deployment group (made at the first start with instances). */
    public boolean exists(int instances) throws IOException {
        Path domainXml = domain.domainDir().resolve("config/domain.xml");
        String xml = Files.readString(domainXml);
        return xml.contains("<deployment-group name=\"" + NAME + "\"") && xml.contains("name=\"" + instanceName(instances) + "\"");
    }

    public static String instanceName(int number) {
        return "hum" + number;
    }

    /** The HTTP port of instance {@code number} (1-based): 8080, 8081, ... plus the offset. */
    public static int instanceHttpPort(int number, int portOffset) {
        return 8080 + number - 1 + portOffset;
    }

    /**
     * Makes the deployment group {@value #NAME} with {@code instances} instances on this machine
     * (the running domain administration server does it), sharing one configuration copied from the
     * domain's template. Instance {@code n} takes the default ports plus {@code n - 1} plus the offset:
     * HTTP 8080 and 8081, HTTPS 8181 and 8182, and its own admin, IIOP and JMX ports beside them.
     */
    public void create(int instances, int portOffset, PrintStream out) throws IOException, InterruptedException {
        domain.asadmin(out, 60, "create-deployment-group", NAME);
        domain.asadmin(out, 60, "copy-config", "default-config", CONFIG);
        for (int n = 1; n <= instances; n++) {
            int shift = n - 1 + portOffset;
            String ports = String.join(":",
                    "HTTP_LISTENER_PORT=" + (8080 + shift), "HTTP_SSL_LISTENER_PORT=" + (8181 + shift),
                    "ASADMIN_LISTENER_PORT=" + (24848 + shift), "IIOP_LISTENER_PORT=" + (23700 + shift),
                    "IIOP_SSL_LISTENER_PORT=" + (23820 + shift), "IIOP_SSL_MUTUALAUTH_PORT=" + (23920 + shift),
                    "JMX_SYSTEM_CONNECTOR_PORT=" + (28686 + shift), "JMS_PROVIDER_PORT=" + (27676 + shift),
                    "OSGI_SHELL_TELNET_PORT=" + (26666 + shift), "JAVA_DEBUGGER_PORT=" + (29009 + shift),
                    "HZ_LISTENER_PORT=" + (5900 + shift));
            domain.asadmin(out, 120, "create-instance", "--node", NODE, "--config", CONFIG, "--deploymentgroup", NAME,
                    "--checkports=false", "--systemproperties", ports, instanceName(n));
        }
    }

    /**
     * Deploys the EAR to the deployment group (its instances load it when they start), with
     * availability on: the web module is distributable, so its UI sessions are kept in the data
     * grid and survive their instance (the configuration's web-container availability is on, with
     * the data grid as its store, by default).
     */
    public void deploy(Path ear, PrintStream out) throws IOException, InterruptedException {
        if (domain.undeployFromOthers(true, out)) {
            // the application the domain's own server ran (./run before ./run --instances) stays known to
            // the running server after its undeployment ("Application name hum is already in use" at every
            // try): a restart forgets it
            domain.stop(new PrintStream(PrintStream.nullOutputStream()));
            domain.start(out);
        }
        domain.deployRetrying(out, "deploy", "--force=true", "--availabilityenabled=true", "--name", "hum", "--target", NAME,
                ear.toAbsolutePath().toString());
    }

    /** Starts one instance again (after it died, say): it takes the configuration and the application from the domain. */
    public void startInstance(String instance, PrintStream out) throws IOException, InterruptedException {
        domain.asadmin(out, 300, "start-instance", instance);
    }

    /**
     * Stops the deployment group's running instances, one by one; quiet and harmless when none runs.
     * Not {@code stop-deployment-group}: with one instance dead it waits minutes for an answer from it.
     */
    public boolean stop(PrintStream out) {
        boolean any = false;
        for (int n = 1; Files.isDirectory(instanceDir(instanceName(n))); n++) {
            if (instanceProcess(instanceName(n)).filter(ProcessHandle::isAlive).isEmpty()) {
                continue;
            }
            try {
                any |= domain.asadmin(out, 120, "stop-instance", instanceName(n)) == 0;
            } catch (IOException | InterruptedException e) {
                out.println("Payara Server: stop-instance " + instanceName(n) + " failed: " + e.getMessage());
            }
        }
        return any;
    }

    /** An instance's process, from the pid file it writes when it starts. */
    public java.util.Optional<ProcessHandle> instanceProcess(String instance) {
        return PayaraDomain.processOf(instanceDir(instance).resolve("config/pid"));
    }
}
