package org.hum.keys.control;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import org.hum.crypto.control.DataKey;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The data keys one request has unwrapped, so that a request sealing and opening several fields
 * of one file reads and unwraps its key once (a contact report did it five times;
 * docs/performance.md, "Statements per request"). It lives one request and holds a few keys at
 * most: a destroyed or re-created key is forgotten at once by {@link DataKeys}, and the next
 * request reads the key store again, on any instance.
 */
@RequestScoped
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

    /** The key kept in this request, or null (none, or outside a request). */
    static DataKey kept(RequestKeys proxy, String id, int version) {
        try {
            return proxy.get(id, version);
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    static void keep(RequestKeys proxy, DataKey key) {
        try {
            proxy.keep(key);
        } catch (ContextNotActiveException e) {
            // start-up: nothing to keep it for
        }
    }

    static void forget(RequestKeys proxy, String id) {
        try {
            proxy.forget(id);
        } catch (ContextNotActiveException e) {
            // nothing was kept
        }
    }
}
