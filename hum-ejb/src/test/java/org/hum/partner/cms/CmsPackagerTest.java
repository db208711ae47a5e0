package org.hum.partner.cms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Provider;
import java.security.Security;
import java.util.Random;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.EnvelopedData;
import org.bouncycastle.asn1.cms.KeyAgreeRecipientInfo;
import org.bouncycastle.asn1.cms.KeyTransRecipientInfo;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAESOAEPparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.hum.crypto.control.CryptoProviders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The partner files open with stock OpenSSL 3.0 ({@code openssl cms -decrypt | openssl cms -verify}),
 * byte for byte, and with {@link CmsPackager#open}; they open for their recipient only; any
 * tampering, and any signer outside the trusted CA, is refused.
 */
class CmsPackagerTest {
    @TempDir
    static Path home;
    @TempDir
    static Path otherHome;

    private static DevelopmentPki pki;
    private static DevelopmentPki.Issued partnerA;
    private static DevelopmentPki.Issued partnerB;
    private static DevelopmentPki.Issued partnerEc;
    private final CmsPackager packager = new CmsPackager();

    @BeforeAll
    static void makePki() {
        pki = DevelopmentPki.open(home);
        partnerA = pki.partner("partner-a");
        partnerB = pki.partner("partner-b");
        partnerEc = pki.partner("partner-ec", DevelopmentPki.KeyType.EC);
    }

    @Test
    void openSslDecryptsAndVerifiesAsciiContent() throws IOException {
        byte[] content = "TLP:AMBER+STRICT report 2026-0042\nA short report.\n".getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(content, openWithOpenSsl(packager.signAndEncrypt(content, pki.signingIdentity(),
                partnerA.certificate()), "partner-a"));
    }

    @Test
    void openSslDecryptsAndVerifiesNonAsciiContent() throws IOException {
        byte[] content = "Zürich – Ελλάδα – 東京 – naïve café\r\nZeile zwei\u0000 und ein NUL\n"
                .getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(content, openWithOpenSsl(packager.signAndEncrypt(content, pki.signingIdentity(),
                partnerA.certificate()), "partner-a"));
    }

    @Test
    void openSslDecryptsAndVerifiesOneMegabyte() throws IOException {
        byte[] content = new byte[1 << 20];
        new Random(42).nextBytes(content);
        byte[] file = packager.signAndEncrypt(content, pki.signingIdentity(), partnerA.certificate());
        assertArrayEquals(content, openWithOpenSsl(file, "partner-a"));
        assertArrayEquals(content, packager.open(file, partnerA.key(), partnerA.certificate(), pki.ca().certificate()));
    }

    @Test
    void openSslDecryptsEcdhKeyAgreementForAnEcPartner() throws IOException {
        byte[] content = "for an EC partner: ECDH, SHA-256 KDF, AES-256 wrap".getBytes(StandardCharsets.UTF_8);
        byte[] file = packager.signAndEncrypt(content, pki.signingIdentity(), partnerEc.certificate());
        EnvelopedData enveloped = EnvelopedData.getInstance(ContentInfo.getInstance(file).getContent());
        KeyAgreeRecipientInfo kari = KeyAgreeRecipientInfo.getInstance(
                RecipientInfo.getInstance(enveloped.getRecipientInfos().getObjectAt(0)).getInfo());
        assertEquals(CMSAlgorithm.ECDH_SHA256KDF, kari.getKeyEncryptionAlgorithm().getAlgorithm());
        assertEquals(CMSAlgorithm.AES256_WRAP,
                AlgorithmIdentifier.getInstance(kari.getKeyEncryptionAlgorithm().getParameters()).getAlgorithm());
        assertArrayEquals(content, openWithOpenSsl(file, "partner-ec"));
        assertArrayEquals(content, packager.open(file, partnerEc.key(), partnerEc.certificate(), pki.ca().certificate()));
    }

    @Test
    void roundTripThroughOpen() {
        byte[] content = "round trip".getBytes(StandardCharsets.UTF_8);
        byte[] file = packager.signAndEncrypt(content, pki.signingIdentity(), partnerB.certificate());
        assertArrayEquals(content, packager.open(file, partnerB.key(), partnerB.certificate(), pki.ca().certificate()));
    }

    @Test
    void anEcSignerVerifiesToo() throws IOException {
        DevelopmentPki ecPki = DevelopmentPki.open(otherHome, DevelopmentPki.KeyType.EC);
        DevelopmentPki.Issued partner = ecPki.partner("rsa-partner");
        byte[] content = "signed with ECDSA".getBytes(StandardCharsets.UTF_8);
        byte[] file = packager.signAndEncrypt(content, ecPki.signingIdentity(), partner.certificate());
        assertArrayEquals(content, packager.open(file, partner.key(), partner.certificate(), ecPki.ca().certificate()));
        Files.write(otherHome.resolve("f.p7m"), file);
        OpenSsl.Run run = OpenSsl.bash(otherHome, "openssl cms -decrypt -inform DER -in f.p7m -recip partners/rsa-partner.crt"
                + " -inkey partners/rsa-partner.key | openssl cms -verify -inform DER -CAfile keys/hum-ca.crt");
        assertEquals(0, run.exit(), run.stderr());
        assertArrayEquals(content, run.stdout());
    }

    @Test
    void rsaRecipientsGetOaepWithSha256AndMgf1Sha256Named() {
        byte[] file = packager.signAndEncrypt(new byte[] {1, 2, 3}, pki.signingIdentity(), partnerA.certificate());
        EnvelopedData enveloped = EnvelopedData.getInstance(ContentInfo.getInstance(file).getContent());
        KeyTransRecipientInfo ktri = KeyTransRecipientInfo.getInstance(
                RecipientInfo.getInstance(enveloped.getRecipientInfos().getObjectAt(0)).getInfo());
        AlgorithmIdentifier algorithm = ktri.getKeyEncryptionAlgorithm();
        assertEquals(PKCSObjectIdentifiers.id_RSAES_OAEP, algorithm.getAlgorithm());
        RSAESOAEPparams params = RSAESOAEPparams.getInstance(algorithm.getParameters());
        assertEquals(NISTObjectIdentifiers.id_sha256, params.getHashAlgorithm().getAlgorithm());
        assertEquals(PKCSObjectIdentifiers.id_mgf1, params.getMaskGenAlgorithm().getAlgorithm());
        assertEquals(NISTObjectIdentifiers.id_sha256,
                AlgorithmIdentifier.getInstance(params.getMaskGenAlgorithm().getParameters()).getAlgorithm());
        assertEquals(NISTObjectIdentifiers.id_aes256_CBC,
                enveloped.getEncryptedContentInfo().getContentEncryptionAlgorithm().getAlgorithm());
        assertTrue(ASN1Sequence.getInstance(file).size() == 2, "a DER ContentInfo");
    }

    @Test
    void aFileForPartnerACannotBeOpenedWithPartnerBsKey() throws IOException {
        byte[] file = packager.signAndEncrypt("for A only".getBytes(StandardCharsets.UTF_8), pki.signingIdentity(),
                partnerA.certificate());
        PartnerCmsException notAddressed = assertThrows(PartnerCmsException.class,
                () -> packager.open(file, partnerB.key(), partnerB.certificate(), pki.ca().certificate()));
        assertEquals("the file is not addressed to this certificate", notAddressed.getMessage());
        // B's key with A's certificate (the recipient id matches, the key does not)
        PartnerCmsException wrongKey = assertThrows(PartnerCmsException.class,
                () -> packager.open(file, partnerB.key(), partnerA.certificate(), pki.ca().certificate()));
        assertEquals("cannot decrypt the file with this key", wrongKey.getMessage());
        Files.write(home.resolve("forA.p7m"), file);
        OpenSsl.Run run = OpenSsl.bash(home, "openssl cms -decrypt -inform DER -in forA.p7m"
                + " -recip partners/partner-b.crt -inkey partners/partner-b.key");
        assertNotEquals(0, run.exit(), "OpenSSL must refuse B's key too");
    }

    @Test
    void noFlippedBitEverYieldsDifferentContent() {
        byte[] content = new byte[4096];
        new Random(7).nextBytes(content);
        byte[] file = packager.signAndEncrypt(content, pki.signingIdentity(), partnerA.certificate());
        int refused = 0;
        int tried = 0;
        // every 29th byte of the whole file: headers, recipient info, IV, ciphertext, padding
        for (int position = 0; position < file.length; position += 29) {
            byte[] tampered = file.clone();
            tampered[position] ^= 0x01;
            tried++;
            try {
                byte[] opened = packager.open(tampered, partnerA.key(), partnerA.certificate(), pki.ca().certificate());
                // only bytes nothing relies on (labels, an unused CA copy) may change without refusal
                assertArrayEquals(content, opened, "flipped bit at " + position + " changed the content");
            } catch (PartnerCmsException expected) {
                refused++;
            }
        }
        assertTrue(refused > tried * 3 / 4, refused + " of " + tried + " refused");
        // the bytes that carry the content itself (the middle of the ciphertext) are always refused
        for (int position = file.length / 2 - 64; position < file.length / 2 + 64; position++) {
            byte[] tampered = file.clone();
            tampered[position] ^= 0x40;
            int at = position;
            assertThrows(PartnerCmsException.class,
                    () -> packager.open(tampered, partnerA.key(), partnerA.certificate(), pki.ca().certificate()),
                    () -> "flipped bit at " + at);
        }
    }

    @Test
    void theFileIsDerNotBer() throws IOException {
        byte[] file = packager.signAndEncrypt(new byte[3000], pki.signingIdentity(), partnerA.certificate());
        assertArrayEquals(file, ASN1Primitive.fromByteArray(file).getEncoded(ASN1Encoding.DER));
        Files.write(home.resolve("der.p7m"), file);
        OpenSsl.Run run = OpenSsl.bash(home, "openssl asn1parse -inform DER -in der.p7m -i");
        assertEquals(0, run.exit(), run.stderr());
        assertFalse(new String(run.stdout(), StandardCharsets.US_ASCII).contains("l=inf"), "no indefinite length");
    }

    @Test
    void tamperedSignedContentFailsTheSignatureInOpenAndInOpenSsl() throws IOException {
        byte[] content = "the original words of the report".getBytes(StandardCharsets.US_ASCII);
        byte[] signed = packager.sign(content, pki.signingIdentity());
        int at = indexOf(signed, "original".getBytes(StandardCharsets.US_ASCII));
        assertTrue(at > 0);
        signed[at] = 'O';
        byte[] file = packager.encrypt(signed, partnerA.certificate());
        PartnerCmsException e = assertThrows(PartnerCmsException.class,
                () -> packager.open(file, partnerA.key(), partnerA.certificate(), pki.ca().certificate()));
        assertEquals("the signature does not verify", e.getMessage());
        Files.write(home.resolve("tampered.p7m"), file);
        OpenSsl.Run run = OpenSsl.bash(home, "openssl cms -decrypt -inform DER -in tampered.p7m -recip partners/partner-a.crt"
                + " -inkey partners/partner-a.key | openssl cms -verify -inform DER -CAfile keys/hum-ca.crt");
        assertNotEquals(0, run.exit(), "OpenSSL must refuse the tampered signature too");
    }

    @Test
    void aSignerOutsideTheTrustedCaIsRefused(@TempDir Path elsewhere) {
        DevelopmentPki stranger = DevelopmentPki.open(elsewhere);
        byte[] file = packager.signAndEncrypt("not from HUM".getBytes(StandardCharsets.UTF_8),
                stranger.signingIdentity(), partnerA.certificate());
        PartnerCmsException e = assertThrows(PartnerCmsException.class,
                () -> packager.open(file, partnerA.key(), partnerA.certificate(), pki.ca().certificate()));
        assertTrue(e.getMessage().startsWith("the signer's certificate does not chain to the trusted CA"), e.getMessage());
    }

    @Test
    void garbageIsNotCms() {
        PartnerCmsException e = assertThrows(PartnerCmsException.class, () -> packager.open(
                "not CMS".getBytes(StandardCharsets.US_ASCII), partnerA.key(), partnerA.certificate(), pki.ca().certificate()));
        assertEquals("not a CMS EnvelopedData file", e.getMessage());
    }

    @Test
    void worksWithBouncyCastleUnregisteredAndRegistered() throws IOException {
        Provider before = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
        Security.removeProvider(BouncyCastleProvider.PROVIDER_NAME);
        try {
            assertNull(Security.getProvider(BouncyCastleProvider.PROVIDER_NAME));
            byte[] content = "no BC registered".getBytes(StandardCharsets.UTF_8);
            byte[] file = packager.signAndEncrypt(content, pki.signingIdentity(), partnerEc.certificate());
            assertArrayEquals(content, packager.open(file, partnerEc.key(), partnerEc.certificate(), pki.ca().certificate()));
            assertArrayEquals(content, openWithOpenSsl(file, "partner-ec"));
            CryptoProviders.install();
            byte[] again = packager.signAndEncrypt(content, pki.signingIdentity(), partnerA.certificate());
            assertArrayEquals(content, packager.open(again, partnerA.key(), partnerA.certificate(), pki.ca().certificate()));
            assertEquals("SunJCE", CryptoProviders.aesGcmProvider());
        } finally {
            Security.removeProvider(BouncyCastleProvider.PROVIDER_NAME);
            if (before != null) {
                Security.addProvider(before);
            }
        }
    }

    private static byte[] openWithOpenSsl(byte[] file, String partner) throws IOException {
        Path f = Files.createTempFile(home, "report", ".p7m");
        Files.write(f, file);
        OpenSsl.Run run = OpenSsl.bash(home, "openssl cms -decrypt -inform DER -in " + f.getFileName()
                + " -recip partners/" + partner + ".crt -inkey partners/" + partner + ".key"
                + " | openssl cms -verify -inform DER -CAfile keys/hum-ca.crt");
        assertEquals(0, run.exit(), run.stderr());
        assertTrue(run.stderr().contains("Verification successful"), run.stderr());
        return run.stdout();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
