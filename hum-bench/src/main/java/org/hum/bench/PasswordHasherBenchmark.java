package org.hum.bench;

import java.util.concurrent.TimeUnit;
import org.hum.crypto.control.PasswordHasher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One Argon2id hash and one verification with the product's parameters (m=19456 KiB, t=2,
 * p=1), in milliseconds: the cost of a login, and the reason API calls carry a token
 * instead of the password.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PasswordHasherBenchmark {

    private final PasswordHasher hasher = new PasswordHasher();
    private final char[] password = "benchmark only, not a real password".toCharArray();
    private String stored;

    @Setup
    public void setUp() {
        stored = hasher.hash(password);
        if (!hasher.verify(password, stored)) {
            throw new IllegalStateException("a fresh hash did not verify");
        }
    }

    @Benchmark
    public String hash() {
        return hasher.hash(password);
    }

    @Benchmark
    public boolean verify() {
        return hasher.verify(password, stored);
    }
}
