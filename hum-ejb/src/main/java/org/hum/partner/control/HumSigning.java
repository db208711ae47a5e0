package org.hum.partner.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.config.control.HumConfig;
import org.hum.partner.cms.DevelopmentPki;
import org.hum.partner.cms.Pem;
import org.hum.partner.cms.SigningIdentity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.logging.Logger;

/**
 * HUM's signing key and certificate for the CMS files partners receive: {@code keys/hum-signing.key}
 * and {@code keys/hum-signing.crt} under {@code hum.home}, issued by {@code keys/hum-ca.crt}, which
 * partners trust. On a development installation with none yet, a development CA and signing
 * certificate are made and said so; in production they come from the operator.
 */
@ApplicationScoped
public class HumSigning {
    private static final Logger LOG = Logger.getLogger(HumSigning.class.getName());

    @Inject
    HumConfig config;

    private volatile SigningIdentity identity;

    public SigningIdentity identity() {
        SigningIdentity i = identity;
        if (i == null) {
            synchronized (this) {
                if (identity == null) {
                    identity = open();
                }
                i = identity;
            }
        }
        return i;
    }

    private SigningIdentity open() {
        Path home = config.home();
        Path key = home.resolve("keys/hum-signing.key");
        Path crt = home.resolve("keys/hum-signing.crt");
        Path ca = home.resolve("keys/hum-ca.crt");
        if (Files.exists(key) && Files.exists(crt) && Files.exists(ca)) {
            X509Certificate caCert = Pem.readCertificate(ca);
            return new SigningIdentity(Pem.readPrivateKey(key), Pem.readCertificate(crt), List.of(caCert));
        }
        if (!config.generateDevelopmentKeys()) {
            throw new IllegalStateException("no report signing key at " + key + " (with " + crt + " and " + ca
                    + "): provide them, or set hum.keys.generate-development-keys=true");
        }
        DevelopmentPki pki = DevelopmentPki.open(home);
        if (!pki.generated().isEmpty()) {
            LOG.warning(() -> "DEVELOPMENT REPORT SIGNING CERTIFICATE generated: " + pki.generated() + ". Partners "
                    + "check CMS files against " + pki.caCertificateFile() + "; it is for development only.");
        }
        return pki.signingIdentity();
    }
}
