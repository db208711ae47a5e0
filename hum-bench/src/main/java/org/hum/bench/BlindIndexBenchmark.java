package org.hum.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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
 * The cost of one blind index (docs/architecture.md, "Field-level encryption"): HMAC-SHA256 over a
 * 40-byte normalised value, truncated to {@code bits} bits.
 *
 * <p>{@code productNameAndBirth} and {@code productPhone} measure the product's own
 * {@code BlindIndex} (normalisation included); {@code freshMac} pays for {@code Mac.getInstance} and {@code init} on every call, as a
 * stateless control would; {@code reusedMac} keeps one initialised {@code Mac} per thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class BlindIndexBenchmark {

    static final String ALGORITHM = "HmacSHA256";
    /** A synthetic, already normalised value of exactly 40 bytes (name and date of birth). */
    static final byte[] VALUE = "maria fernanda garcia lopez|1987-11-23|m".getBytes(StandardCharsets.US_ASCII);

    @Param({"16", "32"})
    public int bits;

    private SecretKeySpec key;
    private Mac mac;
    private org.hum.deconfliction.control.BlindIndex product;

    @Setup
    public void setUp() throws GeneralSecurityException {
        if (VALUE.length != 40) {
            throw new IllegalStateException("the benchmark value must be 40 bytes, not " + VALUE.length);
        }
        key = new SecretKeySpec(Gcm.randomBytes(32), ALGORITHM);
        mac = Mac.getInstance(ALGORITHM);
        mac.init(key);
        product = new org.hum.deconfliction.control.BlindIndex(Gcm.randomBytes(32), 100_000);
    }

    /** The product's own index of a name with date of birth: NFKC, folding, HMAC, truncation (bits from R). */
    @Benchmark
    public java.util.Optional<byte[]> productNameAndBirth() {
        return product.nameAndBirth("María Fernanda  GARCÍA-López", java.time.LocalDate.of(1987, 11, 23));
    }

    /** The product's own index of a phone number, normalised to E.164. */
    @Benchmark
    public java.util.Optional<byte[]> productPhone() {
        return product.phone("+52 (664) 555-0117");
    }

    @Benchmark
    public int freshMac() throws GeneralSecurityException {
        Mac m = Mac.getInstance(ALGORITHM);
        m.init(key);
        return truncate(m.doFinal(VALUE), bits);
    }

    @Benchmark
    public int reusedMac() {
        return truncate(mac.doFinal(VALUE), bits);
    }

    /** The first {@code bits} bits of the tag, big-endian, as a non-negative int for 1..31 bits. */
    static int truncate(byte[] tag, int bits) {
        int top = ((tag[0] & 0xff) << 24) | ((tag[1] & 0xff) << 16) | ((tag[2] & 0xff) << 8) | (tag[3] & 0xff);
        return top >>> (32 - bits);
    }
}
