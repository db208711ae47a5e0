package org.hum.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.audit.verify.AuditKeys;
import org.hum.config.control.HumConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.logging.Logger;

/**
 * The Ed25519 key that signs audit checkpoints: {@code keys/audit-signing.pem} (PKCS#8,
 * owner-only) under {@code hum.home}, with its public half exported as
 * {@code keys/audit-public.pem} for verifiers. On a development installation with no key yet
 * it generates one and says so loudly; in production the key comes from the operator (an
 * HSM later, as for the key-encryption keys).
 */
@ApplicationScoped
public class AuditSigningKey {
    private static final Logger LOG = Logger.getLogger(AuditSigningKey.class.getName());

    @Inject
    HumConfig config;

    private volatile KeyPair keyPair;

    public synchronized KeyPair keyPair() {
        if (keyPair == null) {
            keyPair = open();
        }
        return keyPair;
    }

    public Path publicKeyFile() {
        return config.home().resolve("keys/audit-public.pem");
    }

    private Path privateKeyFile() {
        return config.home().resolve("keys/audit-signing.pem");
    }

    private KeyPair open() {
        Path privateFile = privateKeyFile();
        try {
            if (Files.exists(privateFile)) {
                PrivateKey privateKey = AuditKeys.readPrivatePem(Files.readString(privateFile, StandardCharsets.US_ASCII));
                PublicKey publicKey = AuditKeys.readPublicPem(Files.readString(publicKeyFile(), StandardCharsets.US_ASCII));
                LOG.info(() -> "Audit checkpoint key opened: key id " + AuditKeys.keyId(publicKey));
                return new KeyPair(publicKey, privateKey);
            }
            if (!config.generateDevelopmentKeys()) {
                throw new IllegalStateException("no audit signing key at " + privateFile + " and development keys are "
                        + "not enabled: provide the key, or set hum.keys.generate-development-keys=true");
            }
            KeyPair generated = KeyPairGenerator.getInstance(AuditKeys.ALGORITHM).generateKeyPair();
            Path folder = privateFile.toAbsolutePath().getParent();
            if (!Files.isDirectory(folder) && folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(folder);
            }
            write(privateFile, AuditKeys.privatePem(generated.getPrivate()), "rw-------");
            // the public half too: owner-only beside the private one (copy it out for a verifier elsewhere)
            write(publicKeyFile(), AuditKeys.publicPem(generated.getPublic()), "rw-------");
            LOG.warning(() -> "DEVELOPMENT AUDIT SIGNING KEY generated at " + privateFile + " (key id "
                    + AuditKeys.keyId(generated.getPublic()) + "; public key " + publicKeyFile() + "). It is for "
                    + "development only: checkpoints it signs prove nothing to anyone else.");
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the audit signing key under " + privateFile.getParent(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no Ed25519", e);
        }
    }

    private static void write(Path file, String text, String permissions) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions)));
        } else {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, text, StandardCharsets.US_ASCII);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
