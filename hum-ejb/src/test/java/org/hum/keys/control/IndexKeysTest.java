package org.hum.keys.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class IndexKeysTest {
    @TempDir
    Path dir;

    @Test
    void createdRootKeyIsThirtyTwoOwnerOnlyBytesThatReadBackTheSame() throws IOException {
        Path file = dir.resolve("keys/blind-index.key");
        byte[] created = IndexKeys.create(file);
        assertEquals(32, created.length);
        assertArrayEquals(created, IndexKeys.read(file));
        assertFalse(java.util.Arrays.equals(created, IndexKeys.create(dir.resolve("other/blind-index.key"))),
                "each installation gets its own key");
        assumeTrue(file.getFileSystem().supportedFileAttributeViews().contains("posix"));
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(file));
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE), Files.getPosixFilePermissions(file.getParent()));
    }

    @Test
    void anExistingKeyIsNeverOverwritten() {
        Path file = dir.resolve("blind-index.key");
        byte[] first = IndexKeys.create(file);
        assertArrayEquals(first, IndexKeys.create(file));
    }

    @Test
    void aKeyFileOfTheWrongLengthIsRefused() throws IOException {
        Path file = dir.resolve("short.key");
        Files.write(file, new byte[16]);
        assertThrows(IllegalStateException.class, () -> IndexKeys.read(file));
    }
}
