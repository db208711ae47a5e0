package org.hum.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;
import org.hum.crypto.control.CryptoProviders;
import org.hum.partner.cms.CmsPackager;
import org.hum.partner.cms.DevelopmentPki;
import org.hum.partner.cms.SigningIdentity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One partner file of a 2 KB report: {@link CmsPackager#signAndEncrypt} to an RSA 3072 recipient
 * (RSA-OAEP) and to an EC P-256 recipient (ECDH), and {@link CmsPackager#open} of the RSA file, against
 * the raw Bouncy Castle cost of the parts: one RSA-OAEP (SHA-256, MGF1-SHA-256) wrap of a 32-byte key,
 * one SHA256withRSA signature over 2 KB (RSA 3072, HUM's signing key; {@code partSha256WithRsaSignJdk}
 * is the same signature from the JDK's SunRsaSign), one AES-256-CBC encryption of 2 KB. The sum of
 * the parts against {@code signAndEncryptRsa} shows what CMS encoding, the certificates and the
 * builders add. Keys and certificates are the development PKI's, made in a
 * temporary directory at setup; the report is random bytes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class CmsBenchmark {
    static final int REPORT_BYTES = 2048;

    private final CmsPackager packager = new CmsPackager();
    private final Provider bc = CryptoProviders.bouncyCastle();
    private final SecureRandom random = new SecureRandom();
    private Path home;
    private SigningIdentity signer;
    private DevelopmentPki.Issued rsaPartner;
    private DevelopmentPki.Issued ecPartner;
    private DevelopmentPki pki;
    private byte[] report;
    private byte[] rsaFile;
    private byte[] contentKey;
    private byte[] iv;
    private PublicKey rsaRecipientKey;
    private PrivateKey signingKey;
    private PrivateKey jdkSigningKey;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        home = Files.createTempDirectory("hum-cms-bench");
        pki = DevelopmentPki.open(home);
        signer = pki.signingIdentity();
        rsaPartner = pki.partner("bench-rsa");
        ecPartner = pki.partner("bench-ec", DevelopmentPki.KeyType.EC);
        report = new byte[REPORT_BYTES];
        random.nextBytes(report);
        rsaFile = packager.signAndEncrypt(report, signer, rsaPartner.certificate());
        contentKey = new byte[32];
        random.nextBytes(contentKey);
        iv = new byte[16];
        random.nextBytes(iv);
        rsaRecipientKey = rsaPartner.certificate().getPublicKey();
        signingKey = signer.key();
        try {
            jdkSigningKey = KeyFactory.getInstance("RSA", "SunRsaSign")
                    .generatePrivate(new PKCS8EncodedKeySpec(signingKey.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Benchmark
    public byte[] signAndEncryptRsa() {
        return packager.signAndEncrypt(report, signer, rsaPartner.certificate());
    }

    @Benchmark
    public byte[] signAndEncryptEc() {
        return packager.signAndEncrypt(report, signer, ecPartner.certificate());
    }

    @Benchmark
    public byte[] openRsa() {
        return packager.open(rsaFile, rsaPartner.key(), rsaPartner.certificate(), pki.ca().certificate());
    }

    @Benchmark
    public byte[] partRsaOaepWrap() throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("RSA/NONE/OAEPPadding", bc);
        cipher.init(Cipher.ENCRYPT_MODE, rsaRecipientKey, new OAEPParameterSpec("SHA-256", "MGF1",
                MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT), random);
        return cipher.doFinal(contentKey);
    }

    @Benchmark
    public byte[] partSha256WithRsaSign() throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SHA256withRSA", bc);
        signature.initSign(signingKey);
        signature.update(report);
        return signature.sign();
    }

    /** The same signature from the JDK's SunRsaSign, to show whether Bouncy Castle's RSA costs more. */
    @Benchmark
    public byte[] partSha256WithRsaSignJdk() throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SHA256withRSA", "SunRsaSign");
        signature.initSign(jdkSigningKey);
        signature.update(report);
        return signature.sign();
    }

    @Benchmark
    public byte[] partAes256CbcEncrypt() throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding", bc);
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(contentKey, "AES"), new IvParameterSpec(iv));
        return cipher.doFinal(report);
    }
}
