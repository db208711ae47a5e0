package org.hum.source.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.crypto.control.CryptoIntegrityException;
import org.hum.crypto.control.DataKey;
import org.hum.crypto.control.FieldCipher;
import org.hum.crypto.control.FieldContext;
import org.hum.keys.control.DataKeyRotated;
import org.hum.keys.control.DataKeys;
import org.hum.source.entity.Source;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The one way everything kept under a file's data key follows the file to a new key version
 * ({@link DataKeyRotated}), in the rotation's transaction. Each feature's observer hands its rows
 * to {@link #run}; {@link Rekey#move} opens an envelope under the version it names and seals the
 * same bytes under the new version, bound to the same table, column and row.
 *
 * <p>One policy: a text that does not open fails the rotation job ({@link TextDoesNotOpen}, naming
 * the record, never its content), so that nothing is left behind under a version about to be retired
 * and destroyed; the file stays readable under its old key. Nothing is skipped silently.
 */
@ApplicationScoped
public class FileRekeying {
    @Inject
    SourceStore sources;

    @Inject
    FieldCipher cipher;

    @Inject
    DataKeys dataKeys;

    /**
     * Runs a feature's re-encryption for one rotation and counts the envelopes it moved on the
     * event. A file that no longer exists has nothing to move. Key administration acts on ids only
     * and hands nothing to a person.
     */
    public void run(DataKeyRotated rotated, Consumer<Rekey> work) {
        Source source = sources.unrestricted(rotated.sourceId()).orElse(null);
        if (source == null) {
            return;
        }
        Rekey rekey = new Rekey(source, rotated.next());
        work.accept(rekey);
        rotated.reencrypted(rekey.moved);
    }

    /** One file's move to {@link #next()}. */
    public final class Rekey {
        private final Source source;
        private final DataKey next;
        private final Map<Integer, DataKey> keys = new HashMap<>();
        private int moved;

        Rekey(Source source, DataKey next) {
            this.source = source;
            this.next = next;
        }

        public Source source() {
            return source;
        }

        public String sourceId() {
            return source.id();
        }

        public DataKey next() {
            return next;
        }

        /** The version rows take once moved. */
        public int version() {
            return next.version();
        }

        /** Whether a row sealed under {@code rowVersion} still has to move. */
        public boolean due(int rowVersion) {
            return rowVersion != next.version();
        }

        /**
         * The envelope opened under the key version it names and sealed, byte for byte, under the
         * next one, bound to the same place; null stays null, one already under the next version
         * stays as it is. A text that does not open fails the rotation.
         */
        public byte[] move(String entity, String column, String rowId, byte[] envelope) {
            if (envelope == null) {
                return null;
            }
            FieldContext place = new FieldContext(entity, column, rowId);
            byte[] plain;
            try {
                int version = FieldCipher.header(envelope).dekVersion();
                if (version == next.version()) {
                    return envelope;
                }
                plain = cipher.decrypt(keys.computeIfAbsent(version, v -> dataKeys.load(source.dekId(), v)), place, envelope);
            } catch (CryptoIntegrityException e) {
                throw new TextDoesNotOpen(entity, column, rowId);
            }
            try {
                byte[] sealed = cipher.encrypt(next, place, plain);
                moved++;
                return sealed;
            } finally {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }
}
