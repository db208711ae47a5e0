package org.hum.partner.cms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.hum.crypto.control.CryptoProviders;

/**
 * The development PKI under HUM's home directory {@code H} ({@code hum.home}, e.g. {@code .hum/app}):
 * <ul>
 * <li>{@code H/keys/hum-ca.crt}, {@code H/keys/hum-ca.key}: a development CA (basicConstraints CA:true
 *     critical, keyUsage keyCertSign and cRLSign, ten years);</li>
 * <li>{@code H/keys/hum-signing.crt}, {@code H/keys/hum-signing.key}: HUM's report-signing certificate
 *     issued by it (digitalSignature, nonRepudiation; extendedKeyUsage emailProtection, which
 *     {@code openssl cms -verify} demands of a signer by default);</li>
 * <li>{@code H/partners/<name>.crt}, {@code H/partners/<name>.key}: a demo partner's key and certificate
 *     issued by the same CA (digitalSignature with keyEncipherment for RSA, keyAgreement for EC;
 *     emailProtection).</li>
 * <li>{@code H/keys/hum-tls.crt}, {@code H/keys/hum-tls.key}: the development server's TLS certificate
 *     (serverAuth; localhost, the loopback addresses and any host names asked for), made only when
 *     the stand serves HTTPS.</li>
 * </ul>
 * Idempotent: what exists and still fits together (each certificate verifies under the CA's key) is
 * loaded, anything else is made. Private keys are PKCS#8 files, owner-only ({@link Pem#OWNER_ONLY}).
 * For development only: in production the signing key and its certificate come from the operator.
 */
public final class DevelopmentPki {
    /** What a key is: RSA 3072 or EC on P-256. */
    public enum KeyType { RSA, EC }

    /** A private key and its certificate. */
    public record Issued(PrivateKey key, X509Certificate certificate) {
        /** Never prints the key. */
        @Override
        public String toString() {
            return "Issued[" + CertificateCheck.fingerprint(certificate) + "]";
        }
    }

    /** The profile of a certificate to issue (also used by tests to make certificates that are wrong). */
    record Profile(X500Name subject, Instant notBefore, Instant notAfter, boolean ca, Integer keyUsage,
                   KeyPurposeId extendedKeyUsage, String signatureAlgorithm, GeneralNames subjectAltNames) {
        Profile(X500Name subject, Instant notBefore, Instant notAfter, boolean ca, Integer keyUsage,
                KeyPurposeId extendedKeyUsage, String signatureAlgorithm) {
            this(subject, notBefore, notAfter, ca, keyUsage, extendedKeyUsage, signatureAlgorithm, null);
        }
    }

    private static final Pattern PARTNER_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final X500Name CA_NAME = new X500Name("O=HUM development,CN=HUM development CA");
    private static final X500Name SIGNING_NAME = new X500Name("O=HUM development,CN=HUM report signing (development)");
    private static final Duration CA_LIFETIME = Duration.ofDays(3653);
    private static final Duration END_LIFETIME = Duration.ofDays(2 * 365);
    private static final Duration BACKDATE = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path home;
    private final Issued ca;
    private final Issued signing;
    private final List<Path> generated;

    private DevelopmentPki(Path home, Issued ca, Issued signing, List<Path> generated) {
        this.home = home;
        this.ca = ca;
        this.signing = signing;
        this.generated = List.copyOf(generated);
    }

    /** Loads or makes the CA (RSA 3072) and the signing certificate (RSA 3072) under {@code home}. */
    public static DevelopmentPki open(Path home) {
        return open(home, KeyType.RSA);
    }

    /** Loads or makes the CA and the signing certificate, both with keys of {@code keyType} when made. */
    public static DevelopmentPki open(Path home, KeyType keyType) {
        List<Path> generated = new ArrayList<>();
        Path caCrt = home.resolve("keys/hum-ca.crt");
        Path caKey = home.resolve("keys/hum-ca.key");
        Issued ca = load(caCrt, caKey, null);
        if (ca == null) {
            KeyPair pair = generate(keyType);
            Instant now = Instant.now();
            X509Certificate cert = issue(CA_NAME, pair.getPrivate(), null, pair.getPublic(),
                    new Profile(CA_NAME, now.minus(BACKDATE), now.plus(CA_LIFETIME), true,
                            KeyUsage.keyCertSign | KeyUsage.cRLSign, null, null));
            ca = save(caCrt, caKey, new Issued(pair.getPrivate(), cert), generated);
        }
        Path signCrt = home.resolve("keys/hum-signing.crt");
        Path signKey = home.resolve("keys/hum-signing.key");
        Issued signing = load(signCrt, signKey, ca);
        if (signing == null) {
            signing = save(signCrt, signKey, issueEnd(ca, SIGNING_NAME, generate(keyType),
                    KeyUsage.digitalSignature | KeyUsage.nonRepudiation), generated);
        }
        return new DevelopmentPki(home, ca, signing, generated);
    }

    /** The development CA. */
    public Issued ca() {
        return ca;
    }

    /** HUM's signing key and certificate. */
    public Issued signing() {
        return signing;
    }

    /** HUM's signer for {@link CmsPackager}, with the CA certificate as its chain. */
    public SigningIdentity signingIdentity() {
        return new SigningIdentity(signing.key(), signing.certificate(), List.of(ca.certificate()));
    }

    /** The files this {@link #open} call wrote (empty when everything was loaded). */
    public List<Path> generated() {
        return generated;
    }

    public Path caCertificateFile() {
        return home.resolve("keys/hum-ca.crt");
    }

    public Path signingCertificateFile() {
        return home.resolve("keys/hum-signing.crt");
    }

    public Path partnerCertificateFile(String name) {
        return home.resolve("partners").resolve(checkedName(name) + ".crt");
    }

    public Path partnerKeyFile(String name) {
        return home.resolve("partners").resolve(checkedName(name) + ".key");
    }

    /** Loads or makes the RSA key and certificate of the demo partner {@code name}. */
    public Issued partner(String name) {
        return partner(name, KeyType.RSA);
    }

    /**
     * Loads or makes the key and certificate of the demo partner {@code name} ({@code [a-z0-9-]},
     * at most 63 characters, so that it is a safe file name), issued by the CA.
     */
    public Issued partner(String name, KeyType keyType) {
        Path crt = partnerCertificateFile(name);
        Path key = partnerKeyFile(name);
        Issued loaded = load(crt, key, ca);
        if (loaded != null) {
            return loaded;
        }
        int usage = KeyUsage.digitalSignature
                | (keyType == KeyType.RSA ? KeyUsage.keyEncipherment : KeyUsage.keyAgreement);
        X500Name subject = new X500Name("O=HUM development,CN=" + name + " (development partner)");
        return save(crt, key, issueEnd(ca, subject, generate(keyType), usage), new ArrayList<>());
    }

    public Path tlsCertificateFile() {
        return home.resolve("keys/hum-tls.crt");
    }

    public Path tlsKeyFile() {
        return home.resolve("keys/hum-tls.key");
    }

    /**
     * Loads or makes the development server's TLS key (EC P-256) and certificate, issued by the CA
     * for {@code localhost}, 127.0.0.1, ::1 and {@code hostNames} (server authentication only). A
     * certificate whose names differ from those asked for is made again.
     */
    public Issued tlsServer(List<String> hostNames) {
        List<GeneralName> names = new ArrayList<>(List.of(new GeneralName(GeneralName.dNSName, "localhost"),
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"), new GeneralName(GeneralName.iPAddress, "::1")));
        for (String host : hostNames) {
            boolean ip = host.matches("[0-9.]+") || host.contains(":");
            names.add(new GeneralName(ip ? GeneralName.iPAddress : GeneralName.dNSName, host));
        }
        GeneralNames wanted = new GeneralNames(names.toArray(GeneralName[]::new));
        Issued loaded = load(tlsCertificateFile(), tlsKeyFile(), ca);
        if (loaded != null && wanted.equals(subjectAltNames(loaded.certificate()))) {
            return loaded;
        }
        Instant now = Instant.now();
        KeyPair pair = generate(KeyType.EC);
        X509Certificate cert = issue(issuerOf(ca), ca.key(), ca.certificate(), pair.getPublic(),
                new Profile(new X500Name("O=HUM development,CN=localhost"), now.minus(BACKDATE), now.plus(END_LIFETIME),
                        false, KeyUsage.digitalSignature, KeyPurposeId.id_kp_serverAuth, null, wanted));
        return save(tlsCertificateFile(), tlsKeyFile(), new Issued(pair.getPrivate(), cert), new ArrayList<>());
    }

    private static GeneralNames subjectAltNames(X509Certificate cert) {
        byte[] extension = cert.getExtensionValue(Extension.subjectAlternativeName.getId());
        return extension == null ? null
                : GeneralNames.getInstance(ASN1OctetString.getInstance(extension).getOctets());
    }

    private static String checkedName(String name) {
        if (name == null || !PARTNER_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a partner name is 1-63 of a-z, 0-9 and '-', starting with a letter or digit");
        }
        return name;
    }

    private static Issued issueEnd(Issued ca, X500Name subject, KeyPair pair, int keyUsage) {
        Instant now = Instant.now();
        X509Certificate cert = issue(issuerOf(ca), ca.key(), ca.certificate(), pair.getPublic(),
                new Profile(subject, now.minus(BACKDATE), now.plus(END_LIFETIME), false, keyUsage,
                        KeyPurposeId.id_kp_emailProtection, null));
        return new Issued(pair.getPrivate(), cert);
    }

    private static X500Name issuerOf(Issued ca) {
        return X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded());
    }

    /**
     * Issues a certificate for {@code subjectKey} signed by {@code issuerKey}; {@code issuerCert} is
     * null for a self-signed one. Package-private so that tests can make certificates that break rules.
     */
    static X509Certificate issue(X500Name issuer, PrivateKey issuerKey, X509Certificate issuerCert,
                                 PublicKey subjectKey, Profile profile) {
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    new BigInteger(159, RANDOM).setBit(158), Date.from(profile.notBefore()),
                    Date.from(profile.notAfter()), profile.subject(), subjectKey)
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(subjectKey))
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(profile.ca()));
            if (issuerCert != null) {
                builder.addExtension(Extension.authorityKeyIdentifier, false,
                        extensions.createAuthorityKeyIdentifier(issuerCert));
            }
            if (profile.keyUsage() != null) {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(profile.keyUsage()));
            }
            if (profile.subjectAltNames() != null) {
                builder.addExtension(Extension.subjectAlternativeName, false, profile.subjectAltNames());
            }
            if (profile.extendedKeyUsage() != null) {
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(profile.extendedKeyUsage()));
            }
            String algorithm = profile.signatureAlgorithm() != null ? profile.signatureAlgorithm()
                    : CmsPackager.signatureAlgorithm(issuerKey);
            return new JcaX509CertificateConverter().setProvider(CryptoProviders.bouncyCastle()).getCertificate(
                    builder.build(new JcaContentSignerBuilder(algorithm)
                            .setProvider(CryptoProviders.bouncyCastle()).build(issuerKey)));
        } catch (CertIOException | OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot issue a certificate: " + e.getMessage(), e);
        }
    }

    /** RSA 3072 or EC P-256. */
    static KeyPair generate(KeyType keyType) {
        try {
            if (keyType == KeyType.RSA) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(3072, RANDOM);
                return generator.generateKeyPair();
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", CryptoProviders.bouncyCastle());
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a " + keyType + " key", e);
        }
    }

    /** The pair in {@code crt}/{@code key} if both exist and the certificate verifies under {@code ca} (or itself). */
    private static Issued load(Path crt, Path key, Issued ca) {
        if (!Files.exists(crt) || !Files.exists(key)) {
            return null;
        }
        X509Certificate cert = Pem.readCertificate(crt);
        PrivateKey privateKey = Pem.readPrivateKey(key);
        try {
            cert.verify((ca == null ? cert : ca.certificate()).getPublicKey(), CryptoProviders.bouncyCastle());
        } catch (GeneralSecurityException e) {
            return null;
        }
        return new Issued(privateKey, cert);
    }

    private static Issued save(Path crt, Path key, Issued issued, List<Path> generated) {
        Pem.write(key, issued.key()); // makes the folder, owner-only, if it is not there
        Pem.write(crt, issued.certificate());
        generated.add(key);
        generated.add(crt);
        return issued;
    }
}
