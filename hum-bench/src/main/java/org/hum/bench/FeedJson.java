package org.hum.bench;

import jakarta.json.stream.JsonGenerator;
import java.time.Instant;
import java.util.List;
import org.hum.api.partner.FeedItem;
import org.hum.api.partner.PartnerReport;
import org.hum.api.reporting.ReleasablePart;

/**
 * A {@link FeedItem} written with a JSON-P generator, member for member as the REST layer's JSON-B
 * writes it (docs/testing.md, "Benchmarks"): null members left out, instants in ISO-8601, ports by
 * their codes and then their names. {@link PartnerExportLoad} streams 100,000 of these as one array.
 */
final class FeedJson {
    private FeedJson() {
    }

    /** The item as the next value of the generator's current array. */
    static void write(JsonGenerator g, FeedItem item) {
        g.writeStartObject();
        put(g, "kind", item.kind());
        put(g, "cursor", item.cursor());
        put(g, "at", item.at());
        put(g, "reportId", item.reportId());
        g.write("version", item.version());
        put(g, "reason", item.reason());
        if (item.report() != null) {
            g.writeKey("report");
            report(g, item.report());
        }
        g.writeEnd();
    }

    private static void report(JsonGenerator g, PartnerReport r) {
        g.writeStartObject();
        put(g, "reportId", r.reportId());
        put(g, "versionId", r.versionId());
        g.write("version", r.version());
        put(g, "title", r.title());
        put(g, "tlp", r.tlp());
        put(g, "releasedAt", r.releasedAt());
        g.write("recalled", r.recalled());
        put(g, "recallReason", r.recallReason());
        put(g, "recalledAt", r.recalledAt());
        if (r.releasable() != null) {
            g.writeKey("releasable");
            releasable(g, r.releasable());
        }
        g.writeEnd();
    }

    private static void releasable(JsonGenerator g, ReleasablePart p) {
        g.writeStartObject();
        put(g, "text", p.text());
        put(g, "subject", p.subject());
        put(g, "area", p.area());
        if (p.ports() != null) {
            g.writeStartArray("ports");
            p.ports().forEach(g::write);
            g.writeEnd();
        }
        if (p.portNames() != null) {
            g.writeStartArray("portNames");
            p.portNames().forEach(g::write);
            g.writeEnd();
        }
        put(g, "concerning", p.concerning());
        put(g, "sourceDescription", p.sourceDescription());
        put(g, "reliability", p.reliability());
        strings(g, "credibility", p.credibility());
        put(g, "scheme", p.scheme());
        g.writeEnd();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) {
        if (values != null) {
            g.writeStartArray(name);
            values.forEach(g::write);
            g.writeEnd();
        }
    }

    private static void put(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.write(name, value);
        }
    }

    private static void put(JsonGenerator g, String name, Instant value) {
        if (value != null) {
            g.write(name, value.toString());
        }
    }
}
