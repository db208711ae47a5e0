package org.hum.partner.stix;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a STIX bundle ({@code {"type":"bundle","id":"bundle--<uuid4>","objects":[...]}}) one report
 * version at a time, so that an export of 100,000 versions never holds more than one version's objects
 * in memory. The shared objects (markings, the identity, the ports) are written once, before the
 * first version that refers to them; only their version keys are remembered (a few dozen).
 *
 * <p>The caller owns the generator: {@link #close()} ends the bundle and flushes, and the caller
 * closes the generator (and its stream) afterwards.
 */
public final class StixBundleWriter implements AutoCloseable {
    private final JsonGenerator generator;
    private final StixReports reports;
    private final Set<String> written = new HashSet<>();
    private boolean objectsStarted;
    private boolean closed;
    private long count;

    /** Starts the bundle (with a fresh {@code bundle--<uuid4>} id) on the generator. */
    public StixBundleWriter(JsonGenerator generator, StixReports reports) {
        this.generator = Objects.requireNonNull(generator, "generator");
        this.reports = Objects.requireNonNull(reports, "reports");
        generator.writeStartObject().write("type", "bundle").write("id", StixIds.random("bundle"));
    }

    /** Writes the version's objects, preceded by the shared ones not yet written. */
    public void add(ReleasedVersion version) {
        for (JsonObject o : reports.sharedObjects(version)) {
            if (written.add(versionKey(o))) {
                emit(o);
            }
        }
        reports.versionObjects(version).forEach(this::emit);
    }

    /** How many objects were written so far. */
    public long count() {
        return count;
    }

    /** Ends the bundle (with no {@code objects} member if nothing was added) and flushes the generator. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (objectsStarted) {
            generator.writeEnd();
        }
        generator.writeEnd().flush();
    }

    private void emit(JsonObject o) {
        if (closed) {
            throw new IllegalStateException("the bundle is closed");
        }
        if (!objectsStarted) {
            generator.writeStartArray("objects");
            objectsStarted = true;
        }
        StixReports.write(generator, o);
        count++;
    }

    /** An object version's key: its id and its {@code modified} (or {@code created}, for markings). */
    static String versionKey(JsonObject o) {
        return text(o, "id") + "|" + (o.containsKey("modified") ? text(o, "modified") : text(o, "created"));
    }

    private static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonString s ? s.getString() : String.valueOf(v);
    }
}
