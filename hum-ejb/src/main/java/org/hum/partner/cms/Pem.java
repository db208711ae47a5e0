package org.hum.partner.cms;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.hum.crypto.control.CryptoProviders;

/**
 * PEM text and files for certificates and PKCS#8 private keys, in the forms OpenSSL reads
 * ({@code BEGIN CERTIFICATE}, unencrypted {@code BEGIN PRIVATE KEY}). Private key files are created
 * owner-only ({@code rw-------}) before a byte is written, and replaced atomically.
 */
public final class Pem {
    /** Permissions of a private key file. */
    public static final String OWNER_ONLY = "rw-------";
    /** Permissions of a folder a key or certificate is written into, when this makes it. */
    static final String OWNER_ONLY_DIR = "rwx------";

    private Pem() {
    }

    public static String certificate(X509Certificate certificate) {
        return write(certificate);
    }

    /** PKCS#8 ({@code BEGIN PRIVATE KEY}), the form {@code openssl cms -inkey} and the JDK both read. */
    public static String privateKey(PrivateKey key) {
        try {
            return write(new JcaPKCS8Generator(key, null).generate());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the private key as PKCS#8", e);
        }
    }

    /** Every certificate in {@code pem}, in order; empty if there is none. */
    public static List<X509Certificate> readCertificates(String pem) {
        List<X509Certificate> certificates = new ArrayList<>();
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter()
                    .setProvider(CryptoProviders.bouncyCastle());
            for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
                if (o instanceof X509CertificateHolder holder) {
                    certificates.add(converter.getCertificate(holder));
                }
            }
            return certificates;
        } catch (IOException | CertificateException e) {
            throw new IllegalArgumentException("not a PEM certificate", e);
        }
    }

    /** The first certificate in {@code pem}. */
    public static X509Certificate readCertificate(String pem) {
        List<X509Certificate> all = readCertificates(pem);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no certificate in the PEM text");
        }
        return all.get(0);
    }

    /** A PKCS#8 ({@code PRIVATE KEY}) or OpenSSL traditional ({@code RSA/EC PRIVATE KEY}) key. */
    public static PrivateKey readPrivateKey(String pem) {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter().setProvider(CryptoProviders.bouncyCastle());
            for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
                if (o instanceof PrivateKeyInfo info) {
                    return converter.getPrivateKey(info);
                }
                if (o instanceof PEMKeyPair pair) {
                    return converter.getPrivateKey(pair.getPrivateKeyInfo());
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not a PEM private key", e);
        }
        throw new IllegalArgumentException("no unencrypted private key in the PEM text");
    }

    public static X509Certificate readCertificate(Path file) {
        return readCertificate(read(file));
    }

    public static PrivateKey readPrivateKey(Path file) {
        return readPrivateKey(read(file));
    }

    /** Writes a certificate, readable by all. */
    public static void write(Path file, X509Certificate certificate) {
        // public, but kept beside the keys as they are: owner-only too (copy it out to give it to someone)
        writeAtomically(file, certificate(certificate), OWNER_ONLY);
    }

    /** Writes a private key, owner-only from the moment the file exists. */
    public static void write(Path file, PrivateKey key) {
        writeAtomically(file, privateKey(key), OWNER_ONLY);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String write(Object object) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write PEM", e);
        }
        return text.toString();
    }

    private static void writeAtomically(Path file, String text, String permissions) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            boolean posix = parent.getFileSystem().supportedFileAttributeViews().contains("posix");
            if (posix && !Files.isDirectory(parent)) {
                Files.createDirectories(parent, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(OWNER_ONLY_DIR)));
            } else {
                Files.createDirectories(parent);
            }
            Path tmp = parent.resolve(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            if (posix) {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions)));
            } else {
                Files.createFile(tmp);
            }
            Files.writeString(tmp, text, StandardCharsets.US_ASCII);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
