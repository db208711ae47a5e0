package org.hum.partner.cms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.hum.crypto.control.CryptoProviders;
import org.hum.partner.cms.CertificateCheck.Reason;
import org.hum.partner.cms.CertificateCheck.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad partner certificate is refused with its own reason and a message a person can act
 * on; good RSA and EC certificates, in PEM and DER, pass; the fingerprint is OpenSSL's.
 */
class CertificateCheckTest {
    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private static final X500Name CA = new X500Name("O=Partner,CN=Partner CA");
    private static final X500Name SUBJECT = new X500Name("O=Partner,CN=Partner exchange");
    private static final int RSA_USAGE = KeyUsage.digitalSignature | KeyUsage.keyEncipherment;

    private static KeyPair caKeys;
    private static KeyPair rsa2048;
    private static KeyPair ecP256;

    @BeforeAll
    static void keys() throws Exception {
        caKeys = rsa(2048);
        rsa2048 = rsa(2048);
        ecP256 = ec("secp256r1");
    }

    @Test
    void aGoodRsaCertificateIsAcceptedAsPemAndAsDer() throws Exception {
        X509Certificate cert = issue(rsa2048, profile(RSA_USAGE));
        Verdict der = CertificateCheck.check(cert.getEncoded(), NOW);
        assertTrue(der.accepted(), der.problems().toString());
        assertEquals(cert, der.certificate());
        Verdict pem = CertificateCheck.check(Pem.certificate(cert).getBytes(StandardCharsets.US_ASCII), NOW);
        assertTrue(pem.accepted(), pem.problems().toString());
        assertEquals(cert, pem.certificate());
    }

    @Test
    void aGoodEcCertificateAndOneWithoutKeyUsageAreAccepted() throws Exception {
        assertTrue(CertificateCheck.check(issue(ecP256, profile(KeyUsage.digitalSignature | KeyUsage.keyAgreement))
                .getEncoded(), NOW).accepted());
        assertTrue(CertificateCheck.check(issue(rsa2048, profile(null)).getEncoded(), NOW).accepted(),
                "keyUsage is optional");
    }

    @Test
    void garbageIsNotACertificate() {
        for (byte[] garbage : List.of("hello".getBytes(StandardCharsets.US_ASCII), new byte[0],
                "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n".getBytes(StandardCharsets.US_ASCII),
                new byte[] {0x30, (byte) 0x82, 0x01})) {
            Verdict verdict = CertificateCheck.check(garbage, NOW);
            assertFalse(verdict.accepted());
            assertNull(verdict.certificate());
            assertEquals(List.of(new CertificateCheck.Problem(Reason.NOT_A_CERTIFICATE,
                    "not an X.509 certificate in PEM or DER")), verdict.problems());
        }
        assertFalse(CertificateCheck.check(null, NOW).accepted());
    }

    @Test
    void anExpiredCertificateIsRefusedWithItsDates() throws Exception {
        Verdict verdict = only(Reason.EXPIRED, issue(rsa2048, new DevelopmentPki.Profile(SUBJECT,
                Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2026-06-30T08:15:00Z"), false, RSA_USAGE,
                KeyPurposeId.id_kp_emailProtection, null)));
        String message = verdict.problems().get(0).message();
        assertTrue(message.contains("2026-06-30 08:15 UTC") && message.contains("2024-01-01 00:00 UTC"), message);
    }

    @Test
    void aCertificateNotYetValidIsRefusedWithItsDates() throws Exception {
        Verdict verdict = only(Reason.NOT_YET_VALID, issue(rsa2048, new DevelopmentPki.Profile(SUBJECT,
                Instant.parse("2027-01-15T00:00:00Z"), Instant.parse("2028-01-15T00:00:00Z"), false, RSA_USAGE,
                null, null)));
        assertTrue(verdict.problems().get(0).message().contains("valid from 2027-01-15 00:00 UTC"));
    }

    @Test
    void a1024BitRsaKeyIsRefused() throws Exception {
        Verdict verdict = only(Reason.WEAK_RSA_KEY, issue(rsa(1024), profile(RSA_USAGE)));
        assertTrue(verdict.problems().get(0).message().contains("1024 bits"));
    }

    @Test
    void aCaCertificateIsRefusedAsAnEndCertificate() throws Exception {
        only(Reason.CA_CERTIFICATE, issue(rsa2048, new DevelopmentPki.Profile(SUBJECT, NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(365)), true, KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.keyEncipherment,
                null, null)));
    }

    @Test
    void keyUsageWithoutKeyEnciphermentOrKeyAgreementIsRefused() throws Exception {
        Verdict rsaVerdict = only(Reason.KEY_USAGE, issue(rsa2048, profile(KeyUsage.digitalSignature)));
        assertTrue(rsaVerdict.problems().get(0).message().contains("keyEncipherment"));
        Verdict ecVerdict = only(Reason.KEY_USAGE, issue(ecP256, profile(KeyUsage.digitalSignature | KeyUsage.keyEncipherment)));
        assertTrue(ecVerdict.problems().get(0).message().contains("keyAgreement"));
    }

    @Test
    void anExtendedKeyUsageForAnotherUseIsRefused() throws Exception {
        for (KeyPurposeId other : List.of(KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_codeSigning)) {
            Verdict verdict = only(Reason.EXTENDED_KEY_USAGE, issue(rsa2048, new DevelopmentPki.Profile(SUBJECT,
                    NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(365)), false, RSA_USAGE, other, null)));
            assertTrue(verdict.problems().get(0).message().contains("emailProtection"), verdict.toString());
        }
    }

    @Test
    void anExtendedKeyUsageOfAnyPurposeOrNoneIsAccepted() throws Exception {
        for (KeyPurposeId purpose : java.util.Arrays.asList(KeyPurposeId.anyExtendedKeyUsage, null)) {
            Verdict verdict = CertificateCheck.check(issue(rsa2048, new DevelopmentPki.Profile(SUBJECT,
                    NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(365)), false, RSA_USAGE, purpose, null))
                    .getEncoded(), NOW);
            assertTrue(verdict.accepted(), purpose + ": " + verdict.problems());
        }
    }

    @Test
    void anEcKeyOffTheNistCurvesIsRefused() throws Exception {
        only(Reason.UNSUPPORTED_CURVE, issue(ec("secp256k1"), profile(KeyUsage.keyAgreement)));
        assertTrue(CertificateCheck.check(issue(ec("secp384r1"), profile(KeyUsage.keyAgreement)).getEncoded(), NOW).accepted());
    }

    @Test
    void sha1AndMd5SignaturesAreRefused() throws Exception {
        for (String algorithm : List.of("SHA1withRSA", "MD5withRSA")) {
            Verdict verdict = only(Reason.WEAK_SIGNATURE_ALGORITHM, issue(rsa2048, new DevelopmentPki.Profile(SUBJECT,
                    NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(365)), false, RSA_USAGE, null, algorithm)));
            assertTrue(verdict.problems().get(0).message().contains(algorithm.substring(0, 3)), verdict.toString());
        }
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() throws Exception {
        Verdict verdict = CertificateCheck.check(issue(rsa(1024), new DevelopmentPki.Profile(SUBJECT,
                Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2021-01-01T00:00:00Z"), true,
                KeyUsage.keyCertSign, null, "SHA1withRSA")).getEncoded(), NOW);
        for (Reason reason : List.of(Reason.EXPIRED, Reason.CA_CERTIFICATE, Reason.WEAK_RSA_KEY, Reason.KEY_USAGE,
                Reason.WEAK_SIGNATURE_ALGORITHM)) {
            assertTrue(verdict.has(reason), reason + " in " + verdict.problems());
        }
        assertEquals(5, verdict.problems().size());
    }

    @Test
    void fingerprintIsOpenSslsSha256AndTheSummaryNamesSubjectAndKey(@TempDir Path dir) throws Exception {
        X509Certificate cert = issue(rsa2048, profile(RSA_USAGE));
        Files.writeString(dir.resolve("c.crt"), Pem.certificate(cert));
        OpenSsl.Run run = OpenSsl.bash(dir, "openssl x509 -in c.crt -noout -fingerprint -sha256");
        assertEquals(0, run.exit(), run.stderr());
        String expected = new String(run.stdout(), StandardCharsets.US_ASCII).trim()
                .replaceFirst("(?i)^sha256 fingerprint=", "").replace(":", "").toLowerCase(Locale.ROOT);
        assertEquals(expected, CertificateCheck.fingerprint(cert));
        assertTrue(CertificateCheck.fingerprint(cert).matches("[0-9a-f]{64}"));
        String summary = CertificateCheck.summary(cert);
        assertTrue(summary.startsWith("CN=Partner exchange,O=Partner (issued by CN=Partner CA,O=Partner; RSA 2048; valid "),
                summary);
    }

    private static Verdict only(Reason reason, X509Certificate cert) throws Exception {
        Verdict verdict = CertificateCheck.check(cert.getEncoded(), NOW);
        assertFalse(verdict.accepted());
        assertEquals(List.of(reason), verdict.problems().stream().map(CertificateCheck.Problem::reason).toList());
        assertEquals(cert, verdict.certificate());
        return verdict;
    }

    private static DevelopmentPki.Profile profile(Integer keyUsage) {
        return new DevelopmentPki.Profile(SUBJECT, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(365)), false,
                keyUsage, KeyPurposeId.id_kp_emailProtection, null);
    }

    private static X509Certificate issue(KeyPair subject, DevelopmentPki.Profile profile) {
        return DevelopmentPki.issue(CA, caKeys.getPrivate(), null, subject.getPublic(), profile);
    }

    private static KeyPair rsa(int bits) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return generator.generateKeyPair();
    }

    private static KeyPair ec(String curve) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", CryptoProviders.bouncyCastle());
        generator.initialize(new ECGenParameterSpec(curve));
        return generator.generateKeyPair();
    }
}
