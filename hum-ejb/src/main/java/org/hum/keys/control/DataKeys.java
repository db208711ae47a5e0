package org.hum.keys.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.config.control.ActiveScope;
import org.hum.crypto.control.CryptoIntegrityException;
import org.hum.crypto.control.DataKey;
import org.hum.crypto.control.WrappedDataKey;
import org.hum.config.control.HumConfig;
import org.hum.config.control.InLists;
import org.hum.config.control.StatementProfiler;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The per-file data keys, kept wrapped in their own schema and reached through their own
 * account ({@code jdbc/humKeys}). That pool is never enlisted in a JTA transaction (a
 * transaction may not span two non-XA pools), so a key is written and committed before the
 * file that uses it: a failed registration leaves at most an unused key, never a file
 * without one.
 */
@ApplicationScoped
public class DataKeys {
    private static final Logger LOG = Logger.getLogger(DataKeys.class.getName());

    public enum State { ACTIVE, RETIRED, DESTROYED }

    @Resource(lookup = "jdbc/humKeys")
    DataSource keys;

    @Inject
    KeyRing keyRing;

    @Inject
    HumConfig config;

    @Inject
    Clock clock;

    @Inject
    RequestKeys requestKeys;

    public DataKey create() {
        return createVersion(UUID.randomUUID(), 1);
    }

    /**
     * A new version of a file's key (rotation): the old versions stay until nothing uses them. The
     * key store is not in the data's transaction, so a rotation that failed (its data rolled back)
     * leaves the version it created unused; the next attempt replaces it rather than fail on it.
     * The caller holds the file's row lock and asks for the version just above the file's own, which
     * nothing committed was ever sealed under.
     */
    public DataKey createVersion(UUID id, int version) {
        forget(id.toString());
        DataKey key = DataKey.generate(id, version);
        keyRing.whileWrapping(() -> {
            WrappedDataKey wrapped = keyRing.wrap(key);
            return update("INSERT INTO " + table() + " (id, version, kek_id, wrapped, state, created_at) VALUES (?, ?, ?, ?, 'ACTIVE', ?) "
                            + "ON DUPLICATE KEY UPDATE kek_id = VALUES(kek_id), wrapped = VALUES(wrapped), state = 'ACTIVE', "
                            + "created_at = VALUES(created_at), retired_at = NULL, destroyed_at = NULL",
                    id.toString(), version, wrapped.kekId(), wrapped.wrapped(), now());
        });
        return key;
    }

    /**
     * The key, unwrapped; a missing, destroyed or tampered key fails closed as an integrity failure.
     * Read once per request ({@link RequestKeys}).
     */
    public DataKey load(String id, int version) {
        DataKey kept = ActiveScope.orNull(() -> requestKeys.get(id, version));
        if (kept != null) {
            return kept;
        }
        DataKey loaded = loadStored(id, version);
        ActiveScope.ifActive(() -> requestKeys.keep(loaded));
        return loaded;
    }

    /**
     * Several files' keys in one statement (deconfliction confirming its candidates): each key
     * asked for that is stored and not destroyed, unwrapped; one that is not is left out, and its
     * file then fails as {@link #load} would. Not kept for the request: the caller holds them for
     * the one use.
     */
    public Map<Version, DataKey> loadAll(java.util.Collection<Version> wanted) {
        Map<Version, DataKey> out = new LinkedHashMap<>();
        List<Version> asked = wanted.stream().distinct().toList();
        if (asked.isEmpty()) {
            return out;
        }
        StatementProfiler.countedOutside();
        String marks = InLists.marks(asked.size());
        try (Connection c = keys.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id, version, kek_id, wrapped FROM " + table()
                     + " WHERE id IN (" + marks + ") AND state <> 'DESTROYED'")) {
            for (int i = 0; i < asked.size(); i++) {
                s.setString(i + 1, asked.get(i).id());
            }
            java.util.Set<Version> want = new java.util.HashSet<>(asked);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Version v = new Version(rs.getString(1), rs.getInt(2));
                    if (want.contains(v) && rs.getBytes(4) != null) {
                        out.put(v, keyRing.unwrap(new WrappedDataKey(UUID.fromString(v.id()), v.version(), rs.getString(3),
                                rs.getBytes(4))));
                    }
                }
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
        return out;
    }

    private DataKey loadStored(String id, int version) {
        StatementProfiler.countedOutside();
        try (Connection c = keys.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT kek_id, wrapped FROM " + table()
                     + " WHERE id = ? AND version = ? AND state <> 'DESTROYED'")) {
            s.setString(1, id);
            s.setInt(2, version);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next() || rs.getBytes(2) == null) {
                    throw new CryptoIntegrityException();
                }
                return keyRing.unwrap(new WrappedDataKey(UUID.fromString(id), version, rs.getString(1), rs.getBytes(2)));
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    public void retire(String id, int version) {
        update("UPDATE " + table() + " SET state = 'RETIRED', retired_at = ? WHERE id = ? AND version = ? AND state = 'ACTIVE'",
                now(), id, version);
    }

    /** A version of a file's data key. */
    public record Version(String id, int version) {
    }

    /**
     * The retired versions retired before {@code cutoff}, oldest retirement first. The grace period
     * lets a read that loaded a file just before its re-encryption committed still open the old
     * version; what the janitor does with them is in docs/architecture.md, "Key lifecycle".
     */
    public List<Version> retiredBefore(java.time.Instant cutoff) {
        List<Version> found = new ArrayList<>();
        try (Connection c = keys.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id, version FROM " + table()
                     + " WHERE state = 'RETIRED' AND retired_at < ? ORDER BY retired_at, id, version")) {
            s.setTimestamp(1, Timestamp.from(cutoff));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new Version(rs.getString(1), rs.getInt(2)));
                }
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
        return found;
    }

    /** Destroys one retired version (the caller has checked that no ciphertext uses it); false if it was not retired. */
    public boolean destroyRetired(Version v) {
        forget(v.id());
        return update("UPDATE " + table() + " SET wrapped = NULL, kek_id = NULL, state = 'DESTROYED', destroyed_at = ?"
                + " WHERE id = ? AND version = ? AND state = 'RETIRED'", now(), v.id(), v.version()) == 1;
    }

    /** Crypto-shredding: every version of the file's key is erased; the rows stay as a record. */
    public int destroy(String id) {
        forget(id);
        return update("UPDATE " + table() + " SET wrapped = NULL, kek_id = NULL, state = 'DESTROYED', destroyed_at = ?"
                + " WHERE id = ? AND state <> 'DESTROYED'", now(), id);
    }

    /**
     * Re-wraps every live data key under the current key-encryption key. Each row is replaced
     * only if it still holds what was read (compare and set), so readers never see a gap and a
     * concurrent change is never lost. Returns how many keys were re-wrapped.
     */
    public int rewrapAll() {
        String current = keyRing.currentKekId();
        List<Object[]> stale = new ArrayList<>();
        try (Connection c = keys.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id, version, kek_id, wrapped FROM " + table()
                     + " WHERE state <> 'DESTROYED' AND kek_id <> ?")) {
            s.setString(1, current);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stale.add(new Object[] {rs.getString(1), rs.getInt(2), rs.getString(3), rs.getBytes(4)});
                }
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
        int done = 0;
        for (Object[] row : stale) {
            String id = (String) row[0];
            int version = (Integer) row[1];
            DataKey key = keyRing.unwrap(new WrappedDataKey(UUID.fromString(id), version, (String) row[2], (byte[]) row[3]));
            done += keyRing.whileWrapping(() -> {
                WrappedDataKey rewrapped = keyRing.wrap(key);
                return update("UPDATE " + table() + " SET kek_id = ?, wrapped = ? WHERE id = ? AND version = ? AND kek_id = ? AND wrapped = ?",
                        rewrapped.kekId(), rewrapped.wrapped(), id, version, row[2], row[3]);
            });
        }
        LOG.info(() -> "Re-wrapped data keys under " + current);
        return done;
    }

    /**
     * After a destruction: a new key-encryption key wraps every live data key, and every older
     * KEK is removed from the key store (docs/operations.md, "Backups"). A copy of the key schema
     * taken before (a backup) then opens nothing with this key store, so the destroyed file's key
     * in it is as gone as the erased row. Re-wraps until no live key is left under an older KEK,
     * checked with every wrap held off; a few rounds at most, as only keys created during the
     * re-wrap can be missed. Returns the KEK ids removed (empty if they could not be: logged,
     * and the next destruction or KEK rotation tries again).
     */
    public synchronized List<String> retireOlderKeks() {
        String fresh = keyRing.rotate();
        for (int round = 0; round < 5; round++) {
            rewrapAll();
            List<String> removed = keyRing.retireOthersIf(() -> liveUnderOtherThan(fresh) == 0);
            if (!removed.isEmpty() || keyRing.kekIds().size() == 1) {
                return removed;
            }
        }
        LOG.severe(() -> "Older key-encryption keys could not be retired: live data keys kept appearing under them; "
                + "they stay in the key store until the next destruction or rotation retires them");
        return List.of();
    }

    public String currentKekId() {
        return keyRing.currentKekId();
    }

    private long liveUnderOtherThan(String kekId) {
        try (Connection c = keys.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table()
                     + " WHERE state <> 'DESTROYED' AND kek_id <> ?")) {
            s.setString(1, kekId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** How many data keys there are in each state, and how many live ones each key-encryption key wraps. */
    public Map<String, Long> census() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (State st : State.values()) {
            counts.put(st.name(), 0L);
        }
        try (Connection c = keys.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT state, COALESCE(kek_id, ''), COUNT(*) FROM " + table()
                     + " GROUP BY state, kek_id");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                counts.merge(rs.getString(1), rs.getLong(3), Long::sum);
                if (!rs.getString(2).isEmpty()) {
                    counts.merge("wrappedBy:" + rs.getString(2), rs.getLong(3), Long::sum);
                }
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
        return counts;
    }

    public boolean reachable() {
        try (Connection c = keys.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private void forget(String id) {
        ActiveScope.ifActive(() -> requestKeys.forget(id));
    }

    private int update(String sql, Object... params) {
        try (Connection c = keys.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private String table() {
        return config.keysSchema() + ".data_key";
    }

    private static HumException unavailable(SQLException e) {
        LOG.severe(() -> "The key schema did not answer: SQL state " + e.getSQLState());
        return new HumException(ErrorCode.UNAVAILABLE, "The key store is not reachable; nothing was changed. Try again shortly.");
    }
}
