package org.hum.keys.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.config.control.HumConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.logging.Logger;

/**
 * The blind-index root key: 32 random bytes from which every field's index key is derived
 * (HKDF, see {@code org.hum.deconfliction.control.BlindIndex}). It lives beside the key
 * store, in {@code <hum.home>/keys/blind-index.key}, readable by the owner only; like
 * {@link KeyRing}, a development installation generates it on first start and says so
 * loudly. Losing it makes every stored index useless (they would have to be recomputed from
 * the decrypted files); leaking it lets a holder of a database copy test guesses against the
 * truncated indexes, which is why it is kept out of the database.
 *
 * <p>Not yet done: production installations should take it from the HSM or wrap it under
 * the key-encryption key rather than keep it in an owner-only file.
 */
@ApplicationScoped
public class IndexKeys {
    private static final Logger LOG = Logger.getLogger(IndexKeys.class.getName());
    static final int LENGTH = 32;

    @Inject
    HumConfig config;

    private volatile byte[] rootKey;

    public void open() {
        Path file = location();
        if (Files.exists(file)) {
            rootKey = read(file);
            LOG.info(() -> "Blind-index root key opened: " + file);
        } else if (config.generateDevelopmentKeys()) {
            rootKey = create(file);
            LOG.warning(() -> "DEVELOPMENT KEYS generated at " + file + ": a new blind-index root key. "
                    + "It is for development only and protects nothing real.");
        } else {
            throw new IllegalStateException("no blind-index root key at " + file + " and development keys are not "
                    + "enabled: provide the key file (32 bytes, owner-only), or set hum.keys.generate-development-keys=true");
        }
    }

    public boolean isOpen() {
        return rootKey != null;
    }

    /** A copy of the root key, for deriving field keys; callers keep it no longer than needed. */
    public byte[] rootKey() {
        byte[] k = rootKey;
        if (k == null) {
            throw new IllegalStateException("the blind-index root key is not open");
        }
        return k.clone();
    }

    Path location() {
        return config.home().resolve("keys/blind-index.key");
    }

    static byte[] read(Path file) {
        try {
            byte[] k = Files.readAllBytes(file);
            if (k.length != LENGTH) {
                throw new IllegalStateException("the blind-index root key at " + file + " is not " + LENGTH + " bytes");
            }
            return k;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the blind-index root key at " + file, e);
        }
    }

    static byte[] create(Path file) {
        byte[] k = new byte[LENGTH];
        new SecureRandom().nextBytes(k);
        try {
            Path parent = file.toAbsolutePath().getParent();
            boolean posix = parent.getFileSystem().supportedFileAttributeViews().contains("posix");
            if (!Files.isDirectory(parent)) {
                Files.createDirectories(parent, attributes(posix, "rwx------"));
            }
            // CREATE_NEW: never overwrite a key that appeared meanwhile
            try (FileChannel channel = FileChannel.open(file, java.util.Set.of(StandardOpenOption.WRITE,
                    StandardOpenOption.CREATE_NEW), attributes(posix, "rw-------"))) {
                ByteBuffer buffer = ByteBuffer.wrap(k);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            return k;
        } catch (FileAlreadyExistsException e) {
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the blind-index root key at " + file
                    + ": check that the directory is writable", e);
        }
    }

    private static FileAttribute<?>[] attributes(boolean posix, String permissions) {
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }
}
