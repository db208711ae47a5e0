package org.hum.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * Development secrets (database passwords, the key-store password, the demo password),
 * generated on first use into an ignored folder, readable by the owner only. Nothing here
 * ever enters the repository.
 */
public final class DevSecrets {
    private static final char[] ALPHABET =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;

    public DevSecrets(Path dir) {
        this.dir = dir;
    }

    /** The secret of that name, generated (24 characters, about 140 bits) the first time. */
    public String get(String name) {
        Path file = dir.resolve(name);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(dir);
            trySetOwnerOnly(dir, "rwx------");
            String secret = random(24);
            try {
                // owner-only from the moment the file exists, before a byte of the secret is in it
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
            trySetOwnerOnly(file, "rw-------");
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the development secret " + file, e);
        }
    }

    public static String random(int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return b.toString();
    }

    /** Makes {@code dir} reachable by its owner only (nothing beneath it can then be read by anyone else). */
    public static void ownerOnlyFolder(Path dir) throws IOException {
        trySetOwnerOnly(dir, "rwx------");
    }

    private static void trySetOwnerOnly(Path p, String perms) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
        } catch (UnsupportedOperationException notPosix) {
            // a non-POSIX file system: nothing finer to set
        }
    }
}
