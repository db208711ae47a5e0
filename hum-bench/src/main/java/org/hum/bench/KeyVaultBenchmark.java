package org.hum.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hum.crypto.control.DataKey;
import org.hum.crypto.control.KeyVault;
import org.hum.crypto.control.WrappedDataKey;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Wrapping and unwrapping one data key under the current key-encryption key, through the
 * real {@link KeyVault} (a development key store in a temporary folder, deleted afterwards).
 * Unwrap is what reading a source file costs on top of its field decryptions. Warmup as long
 * as {@link FieldCipherBenchmark}'s, for the same reason (SunJCE AES-GCM).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
public class KeyVaultBenchmark {

    private Path dir;
    private KeyVault vault;
    private DataKey dataKey;
    private WrappedDataKey wrapped;

    @Setup
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("hum-bench-keys-");
        vault = KeyVault.createDevelopment(dir.resolve("kek.p12"), "benchmark-only".toCharArray());
        dataKey = DataKey.generate(UUID.randomUUID(), 1);
        wrapped = vault.wrap(dataKey);
        DataKey back = vault.unwrap(wrapped);
        if (!back.id().equals(dataKey.id()) || back.version() != dataKey.version()) {
            throw new IllegalStateException("the key vault did not give back the data key it wrapped");
        }
    }

    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public WrappedDataKey wrap() {
        return vault.wrap(dataKey);
    }

    @Benchmark
    public DataKey unwrap() {
        return vault.unwrap(wrapped);
    }
}
