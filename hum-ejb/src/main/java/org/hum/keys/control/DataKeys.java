package org.hum.keys.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.crypto.control.CryptoIntegrityException;
import org.hum.crypto.control.DataKey;
import org.hum.crypto.control.WrappedDataKey;
import org.hum.keys.entity.DataKeyRecord;

import java.time.Clock;
import java.util.UUID;

/**
 * Creates and loads the per-file data keys. A key is stored wrapped by the current
 * key-encryption key and unwrapped only in memory, for one use.
 */
@ApplicationScoped
public class DataKeys {
    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Inject
    KeyRing keyRing;

    @Inject
    Clock clock;

    public DataKey create() {
        DataKey key = DataKey.generate(UUID.randomUUID(), 1);
        WrappedDataKey wrapped = keyRing.wrap(key);
        em.persist(new DataKeyRecord(key.id().toString(), key.version(), wrapped.kekId(), wrapped.wrapped(),
                clock.instant()));
        em.flush(); // before the rows that reference it: no JPA relationship orders the inserts
        return key;
    }

    /** The key, unwrapped; a missing or tampered key fails closed as an integrity failure. */
    public DataKey load(String id, int version) {
        DataKeyRecord r = em.find(DataKeyRecord.class, new DataKeyRecord.Key(id, version));
        if (r == null) {
            throw new CryptoIntegrityException();
        }
        return keyRing.unwrap(new WrappedDataKey(UUID.fromString(r.id()), r.version(), r.kekId(), r.wrapped()));
    }
}
