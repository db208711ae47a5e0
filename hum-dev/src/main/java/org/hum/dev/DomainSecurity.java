package org.hum.dev;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * What keeps a Payara domain's secrets and listeners to itself (docs/operations.md, "Transport" and
 * "Deployment hardening"): the password alias store that holds every password the server needs
 * (so domain.xml holds none), and the listeners on the loopback address, HTTPS beyond it only with a
 * TLS key. Used by {@link PayaraDomain#configure} before the server starts.
 */
final class DomainSecurity {
    /**
     * The domain's master password, which opens its key store and its password alias store: Payara's
     * default. The stand keeps both files owner-only; a production domain sets its own master
     * password (docs/operations.md, "Deployment hardening").
     */
    private static final char[] MASTER_PASSWORD = "changeit".toCharArray();
    static final String TLS_ALIAS = "hum-tls";

    private DomainSecurity() {
    }

    static boolean isSecret(String setting) {
        return setting.endsWith("password");
    }

    /**
     * Writes {@code aliases} into the domain's password alias store ({@code config/domain-passwords},
     * a JCEKS key store of secret entries under the master password, as {@code asadmin
     * create-password-alias} writes it), owner-only. Written before the server starts, so no
     * password crosses the command line or the admin listener.
     */
    static void writeAliases(Path configDir, Map<String, String> aliases) throws Exception {
        Path file = configDir.resolve("domain-passwords");
        java.security.KeyStore store = java.security.KeyStore.getInstance("JCEKS");
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, MASTER_PASSWORD);
            }
        } else {
            store.load(null, MASTER_PASSWORD);
        }
        for (Map.Entry<String, String> alias : aliases.entrySet()) {
            store.setKeyEntry(alias.getKey(), new javax.crypto.spec.SecretKeySpec(
                    alias.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8), "AES"), MASTER_PASSWORD, null);
        }
        writeOwnerOnly(file, store);
    }

    /** The value of a password alias, as the server will read it. */
    static String readAlias(Path configDir, String alias) throws Exception {
        java.security.KeyStore store = java.security.KeyStore.getInstance("JCEKS");
        try (InputStream in = Files.newInputStream(configDir.resolve("domain-passwords"))) {
            store.load(in, MASTER_PASSWORD);
        }
        java.security.Key key = store.getKey(alias, MASTER_PASSWORD);
        return key == null ? null : new String(key.getEncoded(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void writeOwnerOnly(Path file, java.security.KeyStore store) throws Exception {
        Path tmp = file.resolveSibling(file.getFileName() + ".hum-tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        try (var out = Files.newOutputStream(tmp)) {
            store.store(out, MASTER_PASSWORD);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * HTTP, the admin listener, IIOP, JMX and the data grid on the loopback address only, no JMS broker; HTTPS (Payara's
     * {@code http-listener-2}) off, or, with a TLS key, on the address asked for with that key
     * (TLS 1.2 and 1.3 only). Serving beyond this machine therefore always means TLS
     * (docs/operations.md, "Transport").
     */
    static void listen(Document doc, Element config, Path configDir, Listening listening) throws Exception {
        NodeList listeners = config.getElementsByTagName("network-listener");
        for (int i = 0; i < listeners.getLength(); i++) {
            Element l = (Element) listeners.item(i);
            if ("http-listener-2".equals(l.getAttribute("name"))) {
                l.setAttribute("enabled", Boolean.toString(listening.tls()));
                l.setAttribute("address", listening.tls() ? listening.httpsAddress() : Listening.LOOPBACK_ADDRESS);
            } else {
                l.setAttribute("address", Listening.LOOPBACK_ADDRESS);
            }
        }
        for (String tag : List.of("iiop-listener", "jmx-connector")) {
            NodeList nodes = config.getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                ((Element) nodes.item(i)).setAttribute("address", Listening.LOOPBACK_ADDRESS);
            }
        }
        // JMX's RMI objects listen on a random port of every address whatever the connector's: off (asadmin uses HTTP)
        NodeList jmx = config.getElementsByTagName("jmx-connector");
        for (int i = 0; i < jmx.getLength(); i++) {
            ((Element) jmx.item(i)).setAttribute("enabled", "false");
        }
        PayaraDomain.jvmOption(doc, config, "-Dhazelcast.socket.bind.any=", "false");
        // the EJB timer store's H2 database opens a TCP server on every address for other processes
        // (AUTO_SERVER): only this server uses it
        NodeList properties = doc.getElementsByTagName("property");
        for (int i = 0; i < properties.getLength(); i++) {
            Element p = (Element) properties.item(i);
            if ("URL".equals(p.getAttribute("name")) && p.getAttribute("value").startsWith("jdbc:h2:")) {
                p.setAttribute("value", p.getAttribute("value").replace(";AUTO_SERVER=TRUE", ""));
            }
        }
        // the data grid's member on loopback too; and no JMS broker (HUM sends no messages), which
        // otherwise listened on every address
        NodeList grid = doc.getElementsByTagName("hazelcast-runtime-configuration");
        for (int i = 0; i < grid.getLength(); i++) {
            ((Element) grid.item(i)).setAttribute("interface", Listening.LOOPBACK_ADDRESS);
            ((Element) grid.item(i)).setAttribute("das-bind-address", Listening.LOOPBACK_ADDRESS);
            // where the instances of a deployment group find the grid's first member
            ((Element) grid.item(i)).setAttribute("das-public-address", Listening.LOOPBACK_ADDRESS);
        }
        NodeList jms = config.getElementsByTagName("jms-service");
        if (jms.getLength() == 0) {
            // a domain never started has none, and its first start adds an EMBEDDED one that listens at once
            Element service = doc.createElement("jms-service");
            service.setAttribute("default-jms-host", "default_JMS_host");
            Element host = doc.createElement("jms-host");
            host.setAttribute("name", "default_JMS_host");
            host.setAttribute("host", "localhost");
            host.setAttribute("port", "${JMS_PROVIDER_PORT}");
            service.appendChild(host);
            config.appendChild(service);
        }
        for (int i = 0; i < jms.getLength(); i++) {
            ((Element) jms.item(i)).setAttribute("type", "DISABLED");
        }
        if (!listening.tls()) {
            return;
        }
        NodeList protocols = config.getElementsByTagName("protocol");
        for (int i = 0; i < protocols.getLength(); i++) {
            Element protocol = (Element) protocols.item(i);
            if ("http-listener-2".equals(protocol.getAttribute("name"))) {
                Element ssl = PayaraDomain.child(protocol, "ssl");
                ssl.setAttribute("cert-nickname", TLS_ALIAS);
                ssl.setAttribute("ssl3-enabled", "false");
                ssl.setAttribute("tls-enabled", "false");
                ssl.setAttribute("tls11-enabled", "false");
                ssl.setAttribute("tls12-enabled", "true");
                ssl.setAttribute("tls13-enabled", "true");
            }
        }
        Path keystore = configDir.resolve("keystore.p12");
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, MASTER_PASSWORD);
        }
        store.setKeyEntry(TLS_ALIAS, listening.tlsKey(), MASTER_PASSWORD,
                listening.tlsChain().toArray(java.security.cert.Certificate[]::new));
        writeOwnerOnly(keystore, store);
    }
}
