package org.hum.bench;

import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.hum.crypto.control.CryptoProviders;
import org.hum.crypto.control.DataKey;
import org.hum.crypto.control.FieldCipher;
import org.hum.crypto.control.FieldContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One protected field, encrypted and decrypted four ways with the same AES-256 key:
 * <ul>
 * <li>{@code fieldCipher*}: the product, {@link FieldCipher} (SunJCE, envelope, associated data);</li>
 * <li>{@code jdkJca*}: bare AES-GCM from SunJCE, to show what the envelope adds;</li>
 * <li>{@code bcJca*}: the same through Bouncy Castle's JCA provider, {@code getInstance(..., "BC")};</li>
 * <li>{@code bcLowLevel*}: the same through Bouncy Castle's {@code GCMBlockCipher}, no JCA.</li>
 * </ul>
 * {@code size=256} is a field value; {@code size=65536} shows bulk throughput
 * (MB/s = 65536 / (us/op)). This is the figure behind docs/architecture.md's choice of the JDK provider.
 *
 * <p>The warmup is longer than elsewhere: SunJCE is fast only once C2 has compiled its AES
 * and GHASH loops to their CPU intrinsics. On a busy 2-core machine that took about 6 s,
 * so with 3 x 1 s of warmup the measured SunJCE figures still included interpreted runs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
public class FieldCipherBenchmark {

    @Param({"256", "65536"})
    public int size;

    private final FieldCipher fieldCipher = new FieldCipher();
    private final FieldContext ctx = new FieldContext("source", "true_name", UUID.randomUUID().toString());
    private byte[] rawKey;
    private DataKey dataKey;
    private byte[] aad;
    private byte[] plaintext;
    private byte[] envelope;
    private byte[] fixedNonce;
    private byte[] ciphertext;

    @Setup
    public void setUp() {
        // As the product does: Bouncy Castle appended last, so "AES/GCM/NoPadding" stays SunJCE's.
        CryptoProviders.install();
        if (!Gcm.JDK_PROVIDER.equals(CryptoProviders.aesGcmProvider())) {
            throw new IllegalStateException("AES/GCM/NoPadding is served by " + CryptoProviders.aesGcmProvider());
        }
        rawKey = Gcm.randomBytes(Gcm.KEY_BYTES);
        dataKey = DataKey.of(UUID.randomUUID(), 1, rawKey);
        aad = Gcm.randomBytes(Gcm.AAD_BYTES);
        plaintext = Gcm.randomBytes(size);
        envelope = fieldCipher.encrypt(dataKey, ctx, plaintext);
        fixedNonce = Gcm.nonce();
        ciphertext = Gcm.jca(Gcm.JDK_PROVIDER, true, rawKey, fixedNonce, aad, plaintext);
    }

    @Benchmark
    public byte[] fieldCipherEncrypt() {
        return fieldCipher.encrypt(dataKey, ctx, plaintext);
    }

    @Benchmark
    public byte[] fieldCipherDecrypt() {
        return fieldCipher.decrypt(dataKey, ctx, envelope);
    }

    @Benchmark
    public byte[] jdkJcaEncrypt() {
        return Gcm.jca(Gcm.JDK_PROVIDER, true, rawKey, Gcm.nonce(), aad, plaintext);
    }

    @Benchmark
    public byte[] jdkJcaDecrypt() {
        return Gcm.jca(Gcm.JDK_PROVIDER, false, rawKey, fixedNonce, aad, ciphertext);
    }

    @Benchmark
    public byte[] bcJcaEncrypt() {
        return Gcm.jca(Gcm.BC_PROVIDER, true, rawKey, Gcm.nonce(), aad, plaintext);
    }

    @Benchmark
    public byte[] bcJcaDecrypt() {
        return Gcm.jca(Gcm.BC_PROVIDER, false, rawKey, fixedNonce, aad, ciphertext);
    }

    @Benchmark
    public byte[] bcLowLevelEncrypt() {
        return Gcm.bcLowLevel(true, rawKey, Gcm.nonce(), aad, plaintext);
    }

    @Benchmark
    public byte[] bcLowLevelDecrypt() {
        return Gcm.bcLowLevel(false, rawKey, fixedNonce, aad, ciphertext);
    }
}
