package org.hum.source.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.api.source.TrueIdentity;
import org.hum.crypto.control.CryptoIntegrityException;
import org.hum.crypto.control.DataKey;
import org.hum.crypto.control.FieldCipher;
import org.hum.crypto.control.FieldContext;
import org.hum.keys.control.DataKeys;
import org.hum.source.entity.Source;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;
import org.hum.source.entity.SourceParticulars;
import org.hum.source.entity.SourcePromise;

/**
 * Encrypts a source's identifying particulars with the file's own data key, each bound to
 * its row and column (docs/architecture.md, "Field-level encryption"), and decrypts them only for a
 * caller the boundary has already checked. A ciphertext that fails its check is reported as
 * an integrity failure naming the file, never its contents.
 */
@ApplicationScoped
public class SourceProtection {
    private static final Logger LOG = Logger.getLogger(SourceProtection.class.getName());

    @Inject
    FieldCipher cipher;

    @Inject
    DataKeys dataKeys;

    public void protect(Source source, DataKey key, TrueIdentity identity) {
        source.protectedIdentity(
                cipher.encryptString(key, field(source, Source.TRUE_NAME), identity.trueName()),
                cipher.encryptString(key, field(source, Source.DATE_OF_BIRTH), identity.dateOfBirth().toString()),
                cipher.encryptString(key, field(source, Source.PHONE_NUMBER), identity.phoneNumber()));
    }

    /** Re-encrypts the file's particulars under a new version of its data key. */
    public void rekey(Source source, DataKey newKey, TrueIdentity identity) {
        source.rekeyed(newKey.version(),
                cipher.encryptString(newKey, field(source, Source.TRUE_NAME), identity.trueName()),
                cipher.encryptString(newKey, field(source, Source.DATE_OF_BIRTH), identity.dateOfBirth().toString()),
                cipher.encryptString(newKey, field(source, Source.PHONE_NUMBER), identity.phoneNumber()));
    }

    /** The particulars and promise descriptions, sealed under the file's key (see {@link ParticularsCipher}). */
    public ParticularsCipher particulars() {
        return new ParticularsCipher(cipher);
    }

    /** The file's current data key: only after the access check, or for system work on ids. */
    public DataKey currentKey(Source source) {
        return dataKeys.load(source.dekId(), source.dekVersion());
    }

    /** Decrypted particulars, or the uniform integrity failure naming the file only. */
    public java.util.Map<String, byte[]> openParticulars(Source source, SourceParticulars row) {
        return openParticulars(source, row, () -> currentKey(source));
    }

    private java.util.Map<String, byte[]> openParticulars(Source source, SourceParticulars row,
                                                          java.util.function.Supplier<DataKey> keyOf) {
        try {
            return particulars().open(keyOf.get(), row);
        } catch (CryptoIntegrityException e) {
            throw integrityFailure(source);
        }
    }

    public String openPromise(Source source, SourcePromise promise) {
        try {
            return particulars().open(currentKey(source), promise);
        } catch (CryptoIntegrityException e) {
            throw integrityFailure(source);
        }
    }

    private HumException integrityFailure(Source source) {
        LOG.severe(() -> "Integrity failure reading the protected particulars of source file " + source.id());
        return new HumException(ErrorCode.INTEGRITY_FAILURE, "The protected particulars of this source file failed "
                + "their integrity check and were not shown. The failure has been logged; report it to your "
                + "records officer with the source number " + source.sourceNumber() + ".");
    }

    public TrueIdentity reveal(Source source) {
        return reveal(source, () -> dataKeys.load(source.dekId(), source.dekVersion()));
    }

    /**
     * Opens each of these files as {@link #reveal(Source)} and {@link #openParticulars} would,
     * their keys read in one statement first (deconfliction's candidates). The keys stay inside
     * the opener; a file whose key is not there fails as those fail.
     */
    public Opener opener(java.util.Collection<Source> sources) {
        java.util.Map<DataKeys.Version, DataKey> keys = dataKeys.loadAll(sources.stream()
                .map(s -> new DataKeys.Version(s.dekId(), s.dekVersion())).toList());
        java.util.function.Function<Source, DataKey> keyOf = source -> {
            DataKey key = keys.get(new DataKeys.Version(source.dekId(), source.dekVersion()));
            return key == null ? currentKey(source) : key;
        };
        return new Opener() {
            @Override
            public TrueIdentity identity(Source source) {
                return reveal(source, () -> keyOf.apply(source));
            }

            @Override
            public java.util.Map<String, byte[]> particulars(Source source, SourceParticulars row) {
                return openParticulars(source, row, () -> keyOf.apply(source));
            }
        };
    }

    /** Several files' identities and particulars, opened with keys read once for them all. */
    public interface Opener {
        TrueIdentity identity(Source source);

        java.util.Map<String, byte[]> particulars(Source source, SourceParticulars row);
    }

    /** A destroyed or missing key fails as a ciphertext that fails its check: the same refusal. */
    private TrueIdentity reveal(Source source, java.util.function.Supplier<DataKey> keyOf) {
        try {
            DataKey key = keyOf.get();
            return new TrueIdentity(
                    cipher.decryptString(key, field(source, Source.TRUE_NAME), source.trueName()),
                    LocalDate.parse(cipher.decryptString(key, field(source, Source.DATE_OF_BIRTH), source.dateOfBirth())),
                    cipher.decryptString(key, field(source, Source.PHONE_NUMBER), source.phoneNumber()));
        } catch (CryptoIntegrityException | DateTimeParseException e) {
            LOG.severe(() -> "Integrity failure reading the protected identity of source file " + source.id());
            throw new HumException(ErrorCode.INTEGRITY_FAILURE, "The protected identity of this source file failed "
                    + "its integrity check and was not shown. The failure has been logged; report it to your "
                    + "records officer with the source number " + source.sourceNumber() + ".");
        }
    }

    private static FieldContext field(Source source, String column) {
        return new FieldContext(Source.ENTITY, column, source.id());
    }
}
