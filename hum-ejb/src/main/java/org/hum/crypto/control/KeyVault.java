package org.hum.crypto.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The key-encryption keys (KEKs), held as AES-256 secret-key entries {@code kek-1},
 * {@code kek-2}, ... in a PKCS12 key store file whose password comes from configuration
 * (docs/architecture.md, "Field-level encryption"; an HSM through PKCS#11 may replace the file later).
 *
 * <p>A KEK only wraps data keys. Wrapping is AES-256-GCM from the JDK's own provider
 * (named explicitly) with a 96-bit random nonce; the associated data binds the wrapped key
 * to its DEK id, DEK version and KEK id, so a wrapped key cannot be passed off as another.
 * Rotation adds a new KEK; old ones stay so existing wraps keep unwrapping until they are
 * re-wrapped ("a new KEK re-wraps DEKs without touching data").
 *
 * <p>Thread-safe: wrap and unwrap read an immutable snapshot; {@link #rotate()} is
 * serialised and swaps the snapshot after the file is safely replaced.
 */
public final class KeyVault {

    private static final String KEYSTORE_TYPE = "PKCS12";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final String JDK_PROVIDER = "SunJCE";
    private static final String AAD_LABEL = "hum.dek";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int WRAPPED_BYTES = NONCE_BYTES + DataKey.KEY_BYTES + TAG_BITS / 8;
    private static final Pattern KEK_ALIAS = Pattern.compile("kek-([1-9][0-9]{0,8})");
    private static final String OWNER_ONLY_FILE = "rw-------";
    private static final String OWNER_ONLY_DIR = "rwx------";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path keystore;
    private final char[] password;
    /** KEK number to key, highest last; replaced whole on rotation, never mutated. */
    private volatile NavigableMap<Integer, SecretKey> keks;

    private KeyVault(Path keystore, char[] password, NavigableMap<Integer, SecretKey> keks) {
        this.keystore = keystore;
        this.password = password.clone();
        this.keks = Collections.unmodifiableNavigableMap(new TreeMap<>(keks));
    }

    /**
     * Creates a new key store holding {@code kek-1}, with owner-only permissions, for
     * development and first installation. Refuses to overwrite an existing file.
     */
    public static KeyVault createDevelopment(Path keystore, char[] password) {
        Objects.requireNonNull(keystore, "key store path");
        Objects.requireNonNull(password, "key store password");
        if (Files.exists(keystore)) {
            throw new IllegalStateException("a key store already exists at " + keystore + "; refusing to overwrite it");
        }
        NavigableMap<Integer, SecretKey> keks = new TreeMap<>(Map.of(1, newKek()));
        try {
            Path parent = keystore.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                Files.createDirectories(parent, ownerOnly(parent, OWNER_ONLY_DIR));
            }
            // CREATE_NEW: never overwrite a file that appeared since the check above.
            write(keystore, serialise(keks, password), StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("a key store already exists at " + keystore + "; refusing to overwrite it", e);
        } catch (IOException e) {
            throw new KeyVaultException("cannot create the key store at " + keystore
                    + ": check that the directory is writable", e);
        }
        return new KeyVault(keystore, password, keks);
    }

    /** Opens an existing key store. */
    public static KeyVault open(Path keystore, char[] password) {
        Objects.requireNonNull(keystore, "key store path");
        Objects.requireNonNull(password, "key store password");
        NavigableMap<Integer, SecretKey> keks = new TreeMap<>();
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance(KEYSTORE_TYPE);
            store.load(in, password);
            for (String alias : Collections.list(store.aliases())) {
                Matcher m = KEK_ALIAS.matcher(alias);
                if (m.matches() && store.getKey(alias, password) instanceof SecretKey key) {
                    keks.put(Integer.valueOf(m.group(1)), key);
                }
            }
        } catch (NoSuchFileException e) {
            throw new KeyVaultException("no key store at " + keystore + ": check the configured path", e);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new KeyVaultException("cannot open the key store at " + keystore
                    + ": wrong password or damaged file", e);
        }
        if (keks.isEmpty()) {
            throw new KeyVaultException("the key store at " + keystore
                    + " holds no key-encryption key (alias kek-N): check the file");
        }
        return new KeyVault(keystore, password, keks);
    }

    /** The KEK used for new wraps: the highest-numbered {@code kek-N}. */
    public String currentKekId() {
        return alias(keks.lastKey());
    }

    /** All KEK ids, lowest number first. */
    public List<String> kekIds() {
        List<String> ids = new ArrayList<>();
        keks.keySet().forEach(n -> ids.add(alias(n)));
        return List.copyOf(ids);
    }

    /** Wraps a data key under the current KEK: {@code nonce || ciphertext || tag}. */
    public WrappedDataKey wrap(DataKey dek) {
        Objects.requireNonNull(dek, "data key");
        NavigableMap<Integer, SecretKey> snapshot = keks;
        int current = snapshot.lastKey();
        String kekId = alias(current);
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] raw = dek.key().getEncoded();
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION, JDK_PROVIDER);
            cipher.init(Cipher.ENCRYPT_MODE, snapshot.get(current), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(dek.id(), dek.version(), kekId));
            ByteBuffer out = ByteBuffer.allocate(WRAPPED_BYTES).put(nonce);
            cipher.doFinal(ByteBuffer.wrap(raw), out);
            return new WrappedDataKey(dek.id(), dek.version(), kekId, out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM from " + JDK_PROVIDER + " is not usable", e);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /** Unwraps a data key; an unknown KEK or any tampering fails closed. */
    public DataKey unwrap(WrappedDataKey w) {
        if (w == null) {
            throw new CryptoIntegrityException("wrapped data key failed its integrity check");
        }
        Matcher m = KEK_ALIAS.matcher(w.kekId());
        SecretKey kek = m.matches() ? keks.get(Integer.valueOf(m.group(1))) : null;
        if (kek == null) {
            // The KEK id is a name, not a secret: saying which one is missing helps operators.
            throw new CryptoIntegrityException("wrapped data key names an unknown key-encryption key " + w.kekId());
        }
        byte[] wrapped = w.wrapped();
        if (wrapped.length != WRAPPED_BYTES) {
            throw new CryptoIntegrityException("wrapped data key failed its integrity check");
        }
        byte[] raw = null;
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION, JDK_PROVIDER);
            cipher.init(Cipher.DECRYPT_MODE, kek, new GCMParameterSpec(TAG_BITS, wrapped, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(w.id(), w.version(), w.kekId()));
            raw = cipher.doFinal(wrapped, NONCE_BYTES, wrapped.length - NONCE_BYTES);
            return DataKey.of(w.id(), w.version(), raw);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new CryptoIntegrityException("wrapped data key failed its integrity check");
        } finally {
            if (raw != null) {
                Arrays.fill(raw, (byte) 0);
            }
        }
    }

    /**
     * Adds {@code kek-(N+1)} and replaces the key store file atomically (temporary file in
     * the same directory, then an atomic move), so a crash leaves the old or the new file,
     * never half of one. Old KEKs stay, so existing wraps still unwrap.
     */
    public synchronized KeyVault rotate() {
        NavigableMap<Integer, SecretKey> next = new TreeMap<>(keks);
        next.put(next.lastKey() + 1, newKek());
        save(next);
        keks = Collections.unmodifiableNavigableMap(next);
        return this;
    }

    /**
     * Removes every KEK but the current one from the key store (replaced atomically, as by
     * {@link #rotate()}), so that a data key wrapped under one of them, in any copy of the key
     * schema, no longer unwraps with this key store. The caller has re-wrapped every live data
     * key under the current KEK first. Returns the ids removed.
     */
    public synchronized List<String> retireAllButCurrent() {
        int current = keks.lastKey();
        List<String> removed = new ArrayList<>();
        keks.headMap(current, false).keySet().forEach(n -> removed.add(alias(n)));
        if (removed.isEmpty()) {
            return List.of();
        }
        NavigableMap<Integer, SecretKey> next = new TreeMap<>(Map.of(current, keks.get(current)));
        save(next);
        keks = Collections.unmodifiableNavigableMap(next);
        return List.copyOf(removed);
    }

    private void save(NavigableMap<Integer, SecretKey> next) {
        byte[] bytes = serialise(next, password);
        Path dir = keystore.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, ".kek-save-", ".tmp", ownerOnly(dir, OWNER_ONLY_FILE));
            write(temp, bytes, StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(temp, keystore, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
        } catch (IOException e) {
            throw new KeyVaultException("cannot save the key store at " + keystore
                    + ": check that its directory is writable and on one file system", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    @Override
    public String toString() {
        return "KeyVault[" + keystore + ", keks=" + kekIds() + "]";
    }

    private static byte[] associatedData(UUID dekId, int dekVersion, String kekId) {
        return new AssociatedData().text(AAD_LABEL).uuid(dekId).int32(dekVersion).text(kekId).toBytes();
    }

    private static SecretKey newKek() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES", JDK_PROVIDER);
            generator.init(256, RANDOM);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an AES-256 key with " + JDK_PROVIDER, e);
        }
    }

    private static byte[] serialise(Map<Integer, SecretKey> keks, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance(KEYSTORE_TYPE);
            store.load(null, password);
            KeyStore.PasswordProtection protection = new KeyStore.PasswordProtection(password);
            for (Map.Entry<Integer, SecretKey> e : keks.entrySet()) {
                store.setEntry(alias(e.getKey()), new KeyStore.SecretKeyEntry(e.getValue()), protection);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new KeyVaultException("cannot encode the key store as " + KEYSTORE_TYPE, e);
        }
    }

    /** Writes and forces to disk, so the atomic move never publishes unflushed bytes. */
    private static void write(Path path, byte[] bytes, StandardOpenOption mode) throws IOException {
        Set<OpenOption> options = Set.of(StandardOpenOption.WRITE, mode);
        FileAttribute<?>[] attributes = mode == StandardOpenOption.CREATE_NEW
                ? ownerOnly(path.toAbsolutePath().getParent(), OWNER_ONLY_FILE)
                : new FileAttribute<?>[0];
        try (FileChannel channel = FileChannel.open(path, options, attributes)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** Owner-only permissions where the file system is POSIX; nothing elsewhere. */
    private static FileAttribute<?>[] ownerOnly(Path near, String permissions) {
        Path probe = near == null ? Path.of("").toAbsolutePath() : near;
        boolean posix = probe.getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // The temporary file is owner-only; leaving it is harmless.
            }
        }
    }

    private static String alias(int number) {
        return "kek-" + number;
    }
}
