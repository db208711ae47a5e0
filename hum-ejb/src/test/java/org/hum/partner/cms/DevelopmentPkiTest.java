package org.hum.partner.cms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The development PKI writes the promised files with the promised permissions, loads rather than
 * regenerates them, and issues certificates that chain to its CA under the JDK's PKIX validator and
 * under {@code openssl verify}, with the extensions OpenSSL's S/MIME purposes look for.
 */
class DevelopmentPkiTest {
    private static final String EMAIL_PROTECTION = "1.3.6.1.5.5.7.3.4";

    @TempDir
    Path home;

    @Test
    void writesTheLayoutOwnerOnlyKeysCertificatesAndFolders() throws Exception {
        DevelopmentPki pki = DevelopmentPki.open(home);
        pki.partner("demo-partner");
        for (String key : List.of("keys/hum-ca.key", "keys/hum-signing.key", "partners/demo-partner.key")) {
            Path file = home.resolve(key);
            assertTrue(Files.isRegularFile(file), key);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), key);
            assertTrue(Files.readString(file).startsWith("-----BEGIN PRIVATE KEY-----"), key + " is PKCS#8");
        }
        for (String crt : List.of("keys/hum-ca.crt", "keys/hum-signing.crt", "partners/demo-partner.crt")) {
            Path file = home.resolve(crt);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), crt);
            assertTrue(Files.readString(file).startsWith("-----BEGIN CERTIFICATE-----"), crt);
        }
        for (String folder : List.of("keys", "partners")) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve(folder))), folder);
        }
        assertEquals(4, pki.generated().size());
        try (var listing = Files.list(home.resolve("keys"))) {
            assertEquals(4, listing.count(), "no temporary files left behind");
        }
    }

    @Test
    void isIdempotent() throws Exception {
        DevelopmentPki first = DevelopmentPki.open(home);
        DevelopmentPki.Issued partner = first.partner("p1");
        Path caKey = home.resolve("keys/hum-ca.key");
        FileTime written = FileTime.from(Instant.now().minus(Duration.ofDays(1)));
        Files.setLastModifiedTime(caKey, written);

        DevelopmentPki second = DevelopmentPki.open(home);
        assertTrue(second.generated().isEmpty());
        assertEquals(written, Files.getLastModifiedTime(caKey));
        assertEquals(first.ca().certificate(), second.ca().certificate());
        assertArrayEquals(first.ca().key().getEncoded(), second.ca().key().getEncoded());
        assertEquals(first.signing().certificate(), second.signing().certificate());
        assertArrayEquals(first.signing().key().getEncoded(), second.signing().key().getEncoded());
        assertEquals(partner.certificate(), second.partner("p1").certificate());
        assertArrayEquals(partner.key().getEncoded(), second.partner("p1").key().getEncoded());
    }

    @Test
    void reissuesTheSigningCertificateWhenItsFileIsGoneButKeepsTheCa() throws Exception {
        DevelopmentPki first = DevelopmentPki.open(home);
        Files.delete(home.resolve("keys/hum-signing.crt"));
        DevelopmentPki second = DevelopmentPki.open(home);
        assertEquals(first.ca().certificate(), second.ca().certificate());
        assertNotEquals(first.signing().certificate(), second.signing().certificate());
        assertEquals(List.of(home.resolve("keys/hum-signing.key"), home.resolve("keys/hum-signing.crt")),
                second.generated());
    }

    @Test
    void certificatesChainToTheCaAndCarryTheirExtensions() throws Exception {
        DevelopmentPki pki = DevelopmentPki.open(home);
        DevelopmentPki.Issued rsa = pki.partner("rsa-partner");
        DevelopmentPki.Issued ec = pki.partner("ec-partner", DevelopmentPki.KeyType.EC);

        X509Certificate ca = pki.ca().certificate();
        assertEquals(Integer.MAX_VALUE, ca.getBasicConstraints(), "CA:true, no path length limit");
        assertTrue(ca.getCriticalExtensionOIDs().contains("2.5.29.19"), "basicConstraints critical");
        boolean[] caUsage = ca.getKeyUsage();
        assertTrue(caUsage[5] && caUsage[6] && !caUsage[0], "keyCertSign, cRLSign only");
        assertTrue(Duration.between(ca.getNotBefore().toInstant(), ca.getNotAfter().toInstant()).toDays() >= 3650);
        assertEquals(3072, ((java.security.interfaces.RSAPublicKey) ca.getPublicKey()).getModulus().bitLength());

        X509Certificate signing = pki.signing().certificate();
        assertEquals(-1, signing.getBasicConstraints());
        assertTrue(signing.getKeyUsage()[0] && signing.getKeyUsage()[1] && !signing.getKeyUsage()[2]);
        assertEquals(List.of(EMAIL_PROTECTION), signing.getExtendedKeyUsage());

        assertTrue(rsa.certificate().getKeyUsage()[0] && rsa.certificate().getKeyUsage()[2]);
        assertTrue(ec.certificate().getKeyUsage()[0] && ec.certificate().getKeyUsage()[4]);
        assertEquals(List.of(EMAIL_PROTECTION), rsa.certificate().getExtendedKeyUsage());
        assertTrue(CertificateCheck.check(rsa.certificate().getEncoded(), Instant.now()).accepted());
        assertTrue(CertificateCheck.check(ec.certificate().getEncoded(), Instant.now()).accepted());

        for (X509Certificate end : List.of(signing, rsa.certificate(), ec.certificate())) {
            pkix(end, ca);
        }
        // OpenSSL's smimeencrypt purpose wants keyEncipherment even of an EC key (which agrees keys,
        // as CmsPackagerTest shows OpenSSL does), so the EC partner is checked as a signer.
        OpenSsl.Run run = OpenSsl.bash(home, "openssl verify -CAfile keys/hum-ca.crt -purpose smimesign keys/hum-signing.crt"
                + " && openssl verify -CAfile keys/hum-ca.crt -purpose smimeencrypt partners/rsa-partner.crt"
                + " && openssl verify -CAfile keys/hum-ca.crt -purpose smimesign partners/ec-partner.crt");
        assertEquals(0, run.exit(), run.stderr());
        assertEquals(3, new String(run.stdout()).split(": OK").length - 1, new String(run.stdout()));
    }

    @Test
    void anEcPkiUsesP256() throws Exception {
        DevelopmentPki pki = DevelopmentPki.open(home, DevelopmentPki.KeyType.EC);
        assertEquals("EC", pki.ca().certificate().getPublicKey().getAlgorithm());
        assertTrue(CertificateCheck.summary(pki.signing().certificate()).contains("EC P-256"));
        pkix(pki.signing().certificate(), pki.ca().certificate());
    }

    @Test
    void partnerNamesMustBeSafeFileNames() {
        DevelopmentPki pki = DevelopmentPki.open(home);
        for (String bad : new String[] {"../keys/hum-ca", "Partner", "", "a/b", "-x", "x".repeat(64)}) {
            assertThrows(IllegalArgumentException.class, () -> pki.partner(bad), bad);
        }
        assertFalse(Files.exists(home.resolve("partners")));
    }

    @Test
    void toStringShowsNoKey() {
        DevelopmentPki pki = DevelopmentPki.open(home);
        String text = pki.signing().toString() + pki.signingIdentity();
        assertFalse(text.contains("PRIVATE") || text.toLowerCase().contains("modulus"), text);
        assertTrue(text.contains(CertificateCheck.fingerprint(pki.signing().certificate())));
    }

    private static void pkix(X509Certificate end, X509Certificate ca) throws Exception {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        X509Certificate jdkEnd = (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(end.getEncoded()));
        X509Certificate jdkCa = (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(ca.getEncoded()));
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(jdkCa, null)));
        parameters.setRevocationEnabled(false);
        CertPathValidator.getInstance("PKIX").validate(factory.generateCertPath(List.of(jdkEnd)), parameters);
    }
}
