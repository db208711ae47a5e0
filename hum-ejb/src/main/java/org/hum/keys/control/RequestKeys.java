package org.hum.keys.control;

import org.hum.crypto.control.DataKey;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The data keys one request has unwrapped, so that a request sealing and opening several fields
 * of one file reads and unwraps its key once (a contact report did it five times;
 * docs/performance.md, "Statements per request"). It lives one request and holds a few keys at
 * most: a destroyed or re-created key is forgotten at once by {@link DataKeys}, and the next
 * request reads the key store again, on any instance.
 * Request-scoped: one instance per request, made by {@code org.hum.platform.control.ScopedState}
 * (a producer, not a managed bean; docs/performance.md, "Where a contact report's time goes").
 */
public class RequestKeys {
    /** Enough for a request touching several files; a long job's request keeps only the latest. */
    static final int MAX = 16;

    private final Map<String, DataKey> keys = new LinkedHashMap<>(MAX, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, DataKey> eldest) {
            return size() > MAX;
        }
    };

    public DataKey get(String id, int version) {
        return keys.get(id + "/" + version);
    }

    public void keep(DataKey key) {
        keys.put(key.id() + "/" + key.version(), key);
    }

    public void forget(String id) {
        keys.keySet().removeIf(k -> k.startsWith(id + "/"));
    }
}
