package org.hum.keys.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.crypto.control.CryptoProviders;
import org.hum.crypto.control.DataKey;
import org.hum.crypto.control.KeyVault;
import org.hum.crypto.control.WrappedDataKey;
import org.hum.config.control.HumConfig;

import java.nio.file.Files;
import java.nio.file.Path;
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

    public void open() {
        CryptoProviders.install();
        Path keystore = config.keystore();
        char[] password = config.keystorePassword()
                .orElseThrow(() -> new IllegalStateException("no key-store password is configured: set "
                        + "hum.keys.keystore-password (or HUM_KEYS_KEYSTORE_PASSWORD)"))
                .toCharArray();
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
        String next = vault().rotate().currentKekId();
        LOG.warning(() -> "Key-encryption key rotated: new wraps use " + next);
        return next;
    }

    public WrappedDataKey wrap(DataKey key) {
        return vault().wrap(key);
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
            java.util.List<String> removed = vault().retireAllButCurrent();
            if (!removed.isEmpty()) {
                LOG.warning(() -> "Key-encryption keys retired and removed from the key store: " + removed
                        + "; data keys wrapped under them, in any copy of the key schema, no longer open");
            }
            return removed;
        } finally {
            wrapping.writeLock().unlock();
        }
    }

    public DataKey unwrap(WrappedDataKey wrapped) {
        return vault().unwrap(wrapped);
    }

    private KeyVault vault() {
        KeyVault v = vault;
        if (v == null) {
            throw new IllegalStateException("the key ring is not open");
        }
        return v;
    }
}
