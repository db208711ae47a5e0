package org.hum.keys.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.crypto.control.CryptoIntegrityException;
import org.hum.crypto.control.CryptoProviders;
import org.hum.crypto.control.DataKey;
import org.hum.crypto.control.KeyVault;
import org.hum.crypto.control.WrappedDataKey;
import org.hum.config.control.HumConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.logging.Logger;

/**
 * The key-encryption keys of this installation, opened once at start from the key store
 * named by configuration. On a development installation with no key store yet, it
 * generates one and says so loudly: those keys protect nothing real.
 */
@ApplicationScoped
public class KeyRing {
    private static final Logger LOG = Logger.getLogger(KeyRing.class.getName());

    @Inject
    HumConfig config;

    private volatile KeyVault vault;
    /** The key store file's {@link #stamp} when {@link #vault} was read from it. */
    private volatile String loadedFrom;
    private char[] password;

    public void open() {
        CryptoProviders.install();
        Path keystore = config.keystore();
        char[] password = config.keystorePassword()
                .orElseThrow(() -> new IllegalStateException("no key-store password is configured: set "
                        + "hum.keys.keystore-password (or HUM_KEYS_KEYSTORE_PASSWORD)"))
                .toCharArray();
        this.password = password;
        if (Files.exists(keystore)) {
            vault = KeyVault.open(keystore, password);
            LOG.info(() -> "Key store opened: " + keystore + " (current key-encryption key " + vault.currentKekId() + ")");
        } else if (config.generateDevelopmentKeys()) {
            vault = KeyVault.createDevelopment(keystore, password);
            LOG.warning(() -> "DEVELOPMENT KEYS generated at " + keystore + ": a new key-encryption key "
                    + vault.currentKekId() + ". These keys are for development only and protect nothing real.");
        } else {
            throw new IllegalStateException("no key store at " + keystore + " and development keys are not "
                    + "enabled: provide the key store, or set hum.keys.generate-development-keys=true");
        }
        loadedFrom = stamp(keystore);
    }

    /** The key store file's modification time and size, or null when it cannot be read. */
    private static String stamp(Path keystore) {
        try {
            BasicFileAttributes a = Files.readAttributes(keystore, BasicFileAttributes.class);
            return a.lastModifiedTime() + "/" + a.size();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The vault as the key store file holds it now: read again when the file changed since it was
     * read, as it does when another server instance sharing it rotates or retires a key-encryption
     * key (docs/operations.md, "Two instances"). Without this, that other instance's new wraps
     * would not open here, and this one would go on wrapping under a key it retired. Rotation and
     * retirement replace the file in one atomic move, so it is never read half-written.
     */
    private synchronized KeyVault current() {
        KeyVault v = vault();
        String now = stamp(config.keystore());
        if (now != null && !now.equals(loadedFrom)) {
            v = KeyVault.open(config.keystore(), password);
            vault = v;
            loadedFrom = now;
            KeyVault read = v;
            LOG.info(() -> "The key store changed on disk (another instance rotated or retired a key-encryption key): "
                    + "read again, current key-encryption key " + read.currentKekId());
        }
        return v;
    }

    public boolean isOpen() {
        return vault != null;
    }

    public String currentKekId() {
        return vault().currentKekId();
    }

    public java.util.List<String> kekIds() {
        return vault().kekIds();
    }

    /** Adds a new key-encryption key to the key store; old ones stay, so every wrapped key still opens. */
    public synchronized String rotate() {
        String next = current().rotate().currentKekId();
        loadedFrom = stamp(config.keystore());
        LOG.warning(() -> "Key-encryption key rotated: new wraps use " + next);
        return next;
    }

    public WrappedDataKey wrap(DataKey key) {
        return current().wrap(key);
    }

    /**
     * Wrapping and storing a data key happen under this lock's shared side, retiring KEKs under
     * its exclusive side: no key wrapped under a KEK about to go can be stored after the check
     * that nothing live still uses it.
     */
    private final java.util.concurrent.locks.ReentrantReadWriteLock wrapping = new java.util.concurrent.locks.ReentrantReadWriteLock();

    /** Runs {@code work} (a wrap and the write of what it wrapped) where no KEK retirement can interleave. */
    public <T> T whileWrapping(java.util.function.Supplier<T> work) {
        wrapping.readLock().lock();
        try {
            return work.get();
        } finally {
            wrapping.readLock().unlock();
        }
    }

    /**
     * Removes every KEK but the current one, if {@code nothingLiveOnOthers} (asked with every
     * wrap held off) says no live data key is wrapped under another. Returns the ids removed, or
     * an empty list if something still was (the caller re-wraps and asks again).
     */
    public java.util.List<String> retireOthersIf(java.util.function.BooleanSupplier nothingLiveOnOthers) {
        wrapping.writeLock().lock();
        try {
            if (!nothingLiveOnOthers.getAsBoolean()) {
                return java.util.List.of();
            }
            java.util.List<String> removed;
            synchronized (this) {
                removed = current().retireAllButCurrent();
                loadedFrom = stamp(config.keystore());
            }
            if (!removed.isEmpty()) {
                LOG.warning(() -> "Key-encryption keys retired and removed from the key store: " + removed
                        + "; data keys wrapped under them, in any copy of the key schema, no longer open");
            }
            return removed;
        } finally {
            wrapping.writeLock().unlock();
        }
    }

    /** Unwraps; a key wrapped under a key-encryption key this instance has not read yet reads the key store again first. */
    public DataKey unwrap(WrappedDataKey wrapped) {
        KeyVault v = vault();
        try {
            return v.unwrap(wrapped);
        } catch (CryptoIntegrityException e) {
            KeyVault again = current();
            if (again == v) {
                throw e;
            }
            return again.unwrap(wrapped);
        }
    }

    private KeyVault vault() {
        KeyVault v = vault;
        if (v == null) {
            throw new IllegalStateException("the key ring is not open");
        }
        return v;
    }
}
