package org.hum.crypto.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyVaultTest {

    private static final char[] PASSWORD = "correct horse battery staple".toCharArray();

    @TempDir
    Path dir;

    private Path keystore() {
        return dir.resolve("keys/hum-kek.p12");
    }

    @Test
    void createdVaultReopensWithTheRightPasswordAndUnwrapsItsWraps() {
        KeyVault created = KeyVault.createDevelopment(keystore(), PASSWORD);
        DataKey dek = DataKey.generate(UUID.randomUUID(), 1);
        WrappedDataKey wrapped = created.wrap(dek);

        KeyVault reopened = KeyVault.open(keystore(), PASSWORD);
        DataKey back = reopened.unwrap(wrapped);

        assertEquals("kek-1", reopened.currentKekId());
        assertEquals(List.of("kek-1"), reopened.kekIds());
        assertEquals(dek.id(), back.id());
        assertEquals(dek.version(), back.version());
        assertArrayEquals(dek.key().getEncoded(), back.key().getEncoded());
    }

    @Test
    void wrappedKeyIsNonceCiphertextAndTagUnderTheCurrentKek() {
        KeyVault vault = KeyVault.createDevelopment(keystore(), PASSWORD);
        DataKey dek = DataKey.generate(UUID.randomUUID(), 4);
        WrappedDataKey w = vault.wrap(dek);
        assertEquals(12 + 32 + 16, w.wrapped().length);
        assertEquals("kek-1", w.kekId());
        assertEquals(dek.id(), w.id());
        assertEquals(4, w.version());
        assertNotEquals(w, vault.wrap(dek), "random nonce: two wraps differ");
    }

    @Test
    void unwrappedKeyStillDecryptsFieldsOfItsDataKey() {
        KeyVault vault = KeyVault.createDevelopment(keystore(), PASSWORD);
        FieldCipher cipher = new FieldCipher();
        FieldContext ctx = new FieldContext("source", "true_name", "r1");
        DataKey dek = DataKey.generate(UUID.randomUUID(), 1);
        byte[] envelope = cipher.encryptString(dek, ctx, "secret");
        assertEquals("secret", cipher.decryptString(vault.unwrap(vault.wrap(dek)), ctx, envelope));
    }

    @Test
    void wrongPasswordGivesKeyVaultExceptionNamingWhatToCheck() {
        KeyVault.createDevelopment(keystore(), PASSWORD);
        KeyVaultException e = assertThrows(KeyVaultException.class,
                () -> KeyVault.open(keystore(), "wrong".toCharArray()));
        assertTrue(e.getMessage().contains("wrong password or damaged file"));
        assertTrue(e.getMessage().contains(keystore().toString()));
        assertFalse(e.getMessage().contains("wrong".repeat(2)));
    }

    @Test
    void damagedFileGivesKeyVaultException() throws IOException {
        KeyVault.createDevelopment(keystore(), PASSWORD);
        byte[] bytes = Files.readAllBytes(keystore());
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(keystore(), bytes);
        assertThrows(KeyVaultException.class, () -> KeyVault.open(keystore(), PASSWORD));
    }

    @Test
    void missingFileGivesKeyVaultException() {
        assertThrows(KeyVaultException.class, () -> KeyVault.open(dir.resolve("absent.p12"), PASSWORD));
    }

    @Test
    void createDevelopmentRefusesAnExistingFile() throws IOException {
        Files.createDirectories(keystore().getParent());
        Files.write(keystore(), new byte[] {1, 2, 3});
        assertThrows(IllegalStateException.class, () -> KeyVault.createDevelopment(keystore(), PASSWORD));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(keystore()), "existing file untouched");
    }

    @Test
    void rotationAddsANewCurrentKekAndOldWrapsStillUnwrap() {
        KeyVault vault = KeyVault.createDevelopment(keystore(), PASSWORD);
        DataKey dek = DataKey.generate(UUID.randomUUID(), 1);
        WrappedDataKey underKek1 = vault.wrap(dek);

        assertEquals("kek-2", vault.rotate().currentKekId());
        WrappedDataKey underKek2 = vault.wrap(dek);

        assertEquals("kek-2", underKek2.kekId());
        assertArrayEquals(dek.key().getEncoded(), vault.unwrap(underKek1).key().getEncoded());
        assertArrayEquals(dek.key().getEncoded(), vault.unwrap(underKek2).key().getEncoded());
    }

    @Test
    void retiringRemovesEveryOlderKekFromTheFileSoTheirWrapsNoLongerOpenAnywhere() throws IOException {
        KeyVault vault = KeyVault.createDevelopment(keystore(), PASSWORD);
        DataKey dek = DataKey.generate(UUID.randomUUID(), 1);
        WrappedDataKey underKek1 = vault.wrap(dek);
        WrappedDataKey underKek2 = vault.rotate().wrap(dek);
        WrappedDataKey underKek3 = vault.rotate().wrap(dek);

        assertEquals(List.of("kek-1", "kek-2"), vault.retireAllButCurrent());
        assertEquals(List.of("kek-3"), vault.kekIds());
        assertThrows(CryptoIntegrityException.class, () -> vault.unwrap(underKek1));
        assertThrows(CryptoIntegrityException.class, () -> vault.unwrap(underKek2));
        assertEquals(dek.id(), vault.unwrap(underKek3).id());
        KeyVault reopened = KeyVault.open(keystore(), PASSWORD);
        assertEquals(List.of("kek-3"), reopened.kekIds(), "gone from the file too");
        assertThrows(CryptoIntegrityException.class, () -> reopened.unwrap(underKek1));
        assertEquals(List.of(), vault.retireAllButCurrent(), "nothing more to retire");
        assertEquals("kek-4", vault.rotate().currentKekId(), "numbers go on from the current one");
        try (var files = Files.list(keystore().getParent())) {
            assertEquals(List.of(keystore().getFileName()), files.map(Path::getFileName).toList(),
                    "no temporary file left behind");
        }
    }

    @Test
    void rotationIsSavedSoAReopenedVaultKnowsBothKeks() throws IOException {
        KeyVault vault = KeyVault.createDevelopment(keystore(), PASSWORD);
        DataKey dek = DataKey.generate(UUID.randomUUID(), 1);
        WrappedDataKey underKek1 = vault.wrap(dek);
        WrappedDataKey underKek3 = vault.rotate().rotate().wrap(dek);

        KeyVault reopened = KeyVault.open(keystore(), PASSWORD);

        assertEquals(List.of("kek-1", "kek-2", "kek-3"), reopened.kekIds());
        assertEquals("kek-3", reopened.currentKekId());
        assertEquals(dek.id(), reopened.unwrap(underKek1).id());
        assertEquals(dek.id(), reopened.unwrap(underKek3).id());
        try (var files = Files.list(keystore().getParent())) {
            assertEquals(List.of(keystore().getFileName()), files.map(Path::getFileName).toList(),
                    "no temporary file left behind");
        }
    }

    @Test
    void tamperedWrappedBytesFailTheIntegrityCheck() {
        KeyVault vault = KeyVault.createDevelopment(keystore(), PASSWORD);
        WrappedDataKey w = vault.wrap(DataKey.generate(UUID.randomUUID(), 1));
        byte[] bytes = w.wrapped();
        for (int i = 0; i < bytes.length; i++) {
            byte[] tampered = bytes.clone();
            tampered[i] ^= 0x01;
            WrappedDataKey bad = new WrappedDataKey(w.id(), w.version(), w.kekId(), tampered);
            assertThrows(CryptoIntegrityException.class, () -> vault.unwrap(bad));
        }
    }

    @Test
    void truncatedWrappedBytesFailTheIntegrityCheck() {
        KeyVault vault = KeyVault.createDevelopment(keystore(), PASSWORD);
        WrappedDataKey w = vault.wrap(DataKey.generate(UUID.randomUUID(), 1));
        WrappedDataKey bad = new WrappedDataKey(w.id(), w.version(), w.kekId(), new byte[20]);
        assertThrows(CryptoIntegrityException.class, () -> vault.unwrap(bad));
    }

    @Test
    void unknownKekIdFailsTheIntegrityCheck() {
        KeyVault vault = KeyVault.createDevelopment(keystore(), PASSWORD);
        WrappedDataKey w = vault.wrap(DataKey.generate(UUID.randomUUID(), 1));
        for (String kekId : List.of("kek-2", "kek-0", "other", "")) {
            WrappedDataKey bad = new WrappedDataKey(w.id(), w.version(), kekId, w.wrapped());
            assertThrows(CryptoIntegrityException.class, () -> vault.unwrap(bad));
        }
    }

    @Test
    void wrapClaimedByAnotherExistingKekFails() {
        KeyVault vault = KeyVault.createDevelopment(keystore(), PASSWORD);
        WrappedDataKey w = vault.wrap(DataKey.generate(UUID.randomUUID(), 1));
        vault.rotate();
        WrappedDataKey relabelled = new WrappedDataKey(w.id(), w.version(), "kek-2", w.wrapped());
        assertThrows(CryptoIntegrityException.class, () -> vault.unwrap(relabelled));
    }

    @Test
    void wrapPresentedWithAnotherDekIdOrVersionFails() {
        KeyVault vault = KeyVault.createDevelopment(keystore(), PASSWORD);
        WrappedDataKey w = vault.wrap(DataKey.generate(UUID.randomUUID(), 1));
        WrappedDataKey otherId = new WrappedDataKey(UUID.randomUUID(), w.version(), w.kekId(), w.wrapped());
        WrappedDataKey otherVersion = new WrappedDataKey(w.id(), 2, w.kekId(), w.wrapped());
        assertThrows(CryptoIntegrityException.class, () -> vault.unwrap(otherId));
        assertThrows(CryptoIntegrityException.class, () -> vault.unwrap(otherVersion));
    }

    @Test
    void keystoreFileAndNewDirectoryAreOwnerOnly() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        KeyVault vault = KeyVault.createDevelopment(keystore(), PASSWORD);
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(keystore()));
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE), Files.getPosixFilePermissions(keystore().getParent()));
        vault.rotate();
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(keystore()), "still owner-only after rotation");
    }

    @Test
    void toStringAndWrappedToStringShowNoSecrets() {
        KeyVault vault = KeyVault.createDevelopment(keystore(), PASSWORD);
        WrappedDataKey w = vault.wrap(DataKey.generate(UUID.randomUUID(), 1));
        assertFalse(vault.toString().contains(new String(PASSWORD)));
        assertTrue(w.toString().contains("60 bytes"));
    }
}
