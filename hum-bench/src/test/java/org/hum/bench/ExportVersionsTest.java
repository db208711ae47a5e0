package org.hum.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import org.hum.partner.stix.ReleasedVersion;
import org.junit.jupiter.api.Test;

/**
 * {@link PartnerExportLoad}'s input is what its brief says (docs/testing.md, "Benchmarks"): the same
 * version for the same number, 5% recalls, 600 characters or more of text, one to three ports, the
 * versions of one report in order; and {@link FeedJson} writes a feed item whole.
 */
class ExportVersionsTest {
    private final ExportVersions versions = new ExportVersions(7);

    @Test
    void aVersionIsMadeFromItsNumberAlone() {
        assertEquals(versions.get(1234), versions.get(1234));
        assertEquals(versions.get(1234), new ExportVersions(7).get(1234));
        assertFalse(versions.get(1234).equals(versions.get(1235)));
    }

    @Test
    void oneVersionInTwentyIsARecallAndTheRestAreReleasesWithTheirReport() {
        int recalls = 0;
        for (long n = 0; n < 2_000; n++) {
            ExportVersions.Version v = versions.get(n);
            if (v.recall()) {
                recalls++;
                assertNull(v.item().report());
                assertTrue(v.released().withdrawn() && v.report().recalled());
                assertEquals(v.released().withdrawnAt(), v.item().at());
            } else {
                assertEquals("RELEASE", v.item().kind());
                assertEquals(v.report(), v.item().report());
                assertFalse(v.released().withdrawn() || v.report().recalled());
            }
            ReleasedVersion r = v.released();
            assertTrue(r.text().length() >= ExportVersions.TEXT_CHARS && r.text().length() < ExportVersions.TEXT_CHARS + 120,
                    "text of " + r.text().length());
            assertTrue(!r.ports().isEmpty() && r.ports().size() <= 3);
            assertTrue(r.reliability() != null && !r.credibility().isEmpty() && r.subject() != null && r.area() != null);
        }
        assertEquals(100, recalls);
    }

    @Test
    void theVersionsOfAReportFollowEachOther() {
        ReleasedVersion first = versions.get(300).released();
        ReleasedVersion third = versions.get(302).released();
        assertEquals(first.reportId(), third.reportId());
        assertEquals(1, first.version());
        assertEquals(3, third.version());
        assertEquals(first.firstReleasedAt(), third.firstReleasedAt());
        assertTrue(third.releasedAt().isAfter(first.releasedAt()));
        assertFalse(first.reportId().equals(versions.get(303).released().reportId()));
    }

    @Test
    void aFeedItemIsWrittenWithItsReportAndWithoutNulls() {
        ExportVersions.Version release = versions.get(0);
        ExportVersions.Version recall = versions.get(ExportVersions.RECALL_EVERY - 1);
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.createGenerator(out)) {
            g.writeStartArray();
            FeedJson.write(g, release.item());
            FeedJson.write(g, recall.item());
            g.writeEnd();
        }
        JsonArray items = Json.createReader(new StringReader(out.toString())).readArray();
        JsonObject r = items.getJsonObject(0);
        assertEquals("RELEASE", r.getString("kind"));
        assertFalse(r.containsKey("reason"));
        JsonObject report = r.getJsonObject("report");
        assertEquals(release.report().title(), report.getString("title"));
        assertEquals(release.report().releasedAt().toString(), report.getString("releasedAt"));
        assertFalse(report.getBoolean("recalled"));
        JsonObject part = report.getJsonObject("releasable");
        assertEquals(release.report().releasable().text(), part.getString("text"));
        assertEquals(release.report().releasable().ports().get(0), part.getJsonArray("ports").getString(0));
        assertEquals(release.report().releasable().credibility().size(), part.getJsonArray("credibility").size());
        JsonObject c = items.getJsonObject(1);
        assertEquals("RECALL", c.getString("kind"));
        assertEquals(recall.item().reason(), c.getString("reason"));
        assertFalse(c.containsKey("report"));
    }
}
