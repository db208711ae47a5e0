package org.hum.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunStandCheckTest {

    @Test
    void procNetAddressesReadAsTheKernelWritesThem() throws Exception {
        assertEquals("127.0.0.1", InetAddress.getByAddress(RunStandCheck.address("0100007F")).getHostAddress());
        assertFalse(InetAddress.getByAddress(RunStandCheck.address("00000000")).isLoopbackAddress(), "0.0.0.0 is every address");
        assertFalse(InetAddress.getByAddress(RunStandCheck.address("0F02000A")).isLoopbackAddress(), "10.0.2.15");
        assertEquals("10.0.2.15", InetAddress.getByAddress(RunStandCheck.address("0F02000A")).getHostAddress());
        assertTrue(InetAddress.getByAddress(RunStandCheck.address("00000000000000000000000001000000")).isLoopbackAddress(), "::1");
        assertFalse(InetAddress.getByAddress(RunStandCheck.address("00000000000000000000000000000000")).isLoopbackAddress(), "::");
    }

    @Test
    void aFileOpenToOthersIsNamedAndOwnerOnlyFilesPass(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve("secrets"));
        Files.createDirectories(home.resolve("app/keys"));
        Files.createDirectories(home.resolve("payara6/config"));
        Path demo = Files.writeString(home.resolve("secrets/demo.password"), "x");
        Path key = Files.writeString(home.resolve("app/keys/hum-ca.key"), "x");
        Path domain = Files.writeString(home.resolve("payara6/config/domain.xml"), "<domain/>");
        Path log = Files.writeString(home.resolve("payara6/server.log"), "open to all, not a secret");
        for (Path p : List.of(demo, key, domain)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        }
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-r--r--"));
        List<String> failures = new ArrayList<>();
        assertEquals(3, RunStandCheck.ownerOnly(home, failures));
        assertEquals(List.of(), failures);

        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r-----"));
        RunStandCheck.ownerOnly(home, failures);
        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0).startsWith("app/keys/hum-ca.key is open to others"), failures.get(0));
    }
}
