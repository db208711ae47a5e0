package org.hum.partner.stix;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import org.hum.api.reporting.PartnerKind;
import org.hum.api.reporting.ReleasablePart;
import org.hum.api.reporting.ReportItemView;
import org.hum.api.reporting.ReportStatus;
import org.hum.api.reporting.ReportView;
import org.hum.api.reporting.RestrictedPart;
import org.hum.api.reporting.Tlp;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StixReportsTest {
    private static final Instant FIRST = Instant.parse("2026-11-03T09:15:00.123456Z");

    /** A few ports as the administrators' list might have them; El Paso renamed after the organisation began. */
    static final List<PortPlace> PORTS = List.of(
            new PortPlace("SAN_YSIDRO", "San Ysidro", "CA", StixOrganisation.HUM.created()),
            new PortPlace("OTAY_MESA", "Otay Mesa", "CA", StixOrganisation.HUM.created()),
            new PortPlace("TECATE", "Tecate", "CA", StixOrganisation.HUM.created()),
            new PortPlace("NACO", "Naco", "AZ", StixOrganisation.HUM.created()),
            new PortPlace("EL_PASO", "El Paso (Paso del Norte)", "TX", Instant.parse("2026-06-01T12:00:00Z")));

    private final StixReports stix = new StixReports(PORTS);
    private final StixValidator validator = new StixValidator();

    static ReleasedVersion version(String reportId, int n, Instant releasedAt, Instant withdrawnAt) {
        return new ReleasedVersion(reportId, n, "Movements near the crossing", Tlp.AMBER,
                "Vehicles were seen crossing at night.", "vehicle movements", "Tijuana corridor",
                List.of("SAN_YSIDRO", "OTAY_MESA"), "2026-W45", "a source with access to the area",
                "B", List.of("2", "3"), "NATO", FIRST, releasedAt, withdrawnAt);
    }

    static ReleasedVersion random(Random rnd) {
        String[] words = {"crossing", "vehicle", "night", "\"quoted\"", "ñandú", "Zoë", "tunnel", "\\back", "line\nbreak", "<b>"};
        List<String> ports = new ArrayList<>();
        for (PortPlace p : PORTS) {
            if (rnd.nextInt(3) == 0) {
                ports.add(p.code());
            }
        }
        if (rnd.nextInt(10) == 0) {
            ports.add("NOT_ON_THE_LIST");
        }
        Instant first = Instant.parse("2026-01-01T00:00:00Z").plusNanos(rnd.nextLong(300L * 86_400 * 1_000_000_000L));
        int version = 1 + rnd.nextInt(5);
        Instant released = version == 1 ? first : first.plusNanos(rnd.nextLong(30L * 86_400 * 1_000_000_000L));
        Instant withdrawn = rnd.nextBoolean() ? null : released.plusNanos(rnd.nextLong(86_400_000_000_000L));
        return new ReleasedVersion("r-" + Long.toHexString(rnd.nextLong()), version, phrase(rnd, words),
                Tlp.values()[rnd.nextInt(Tlp.values().length)], rnd.nextBoolean() ? phrase(rnd, words) : null,
                rnd.nextBoolean() ? phrase(rnd, words) : null, rnd.nextBoolean() ? phrase(rnd, words) : null, ports,
                rnd.nextBoolean() ? "2026-W" + (1 + rnd.nextInt(52)) : null, rnd.nextBoolean() ? phrase(rnd, words) : null,
                rnd.nextBoolean() ? "ABCDEF".substring(rnd.nextInt(6)).substring(0, 1) : null,
                rnd.nextBoolean() ? List.of(String.valueOf(1 + rnd.nextInt(6))) : List.of(), rnd.nextBoolean() ? "NATO" : null,
                first, released, withdrawn);
    }

    private static String phrase(Random rnd, String[] words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0, n = 1 + rnd.nextInt(6); i < n; i++) {
            b.append(i == 0 ? "" : " ").append(words[rnd.nextInt(words.length)]);
        }
        return b.toString();
    }

    static String text(JsonObject o, String name) {
        return ((JsonString) o.get(name)).getString();
    }

    static List<String> texts(JsonObject o, String name) {
        return o.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    void theReportIdIsNamedByTheReportAndStableAcrossVersions() {
        ReleasedVersion v1 = version("r-1", 1, FIRST, null);
        ReleasedVersion v2 = version("r-1", 2, FIRST.plus(Duration.ofHours(2)), null);
        JsonObject r1 = stix.report(v1);
        JsonObject r2 = new StixReports(PORTS).report(v2);
        assertEquals(StixIds.report("r-1"), text(r1, "id"));
        assertEquals(text(r1, "id"), text(r2, "id"));
        assertEquals(text(stix.note(v1), "id"), text(stix.note(v2), "id"));
        assertEquals(text(stix.area(v1).orElseThrow(), "id"), text(stix.area(v2).orElseThrow(), "id"));
        assertNotEquals(text(r1, "id"), text(stix.report(version("r-2", 1, FIRST, null)), "id"));
        assertEquals(stix.identity(), new StixReports(PORTS).identity(), "the identity is the same object in every export");
    }

    @Test
    void createdIsTheFirstReleaseAndModifiedThisVersionsToTheMillisecondInUtc() {
        ReleasedVersion v2 = version("r-1", 2, Instant.parse("2026-11-05T14:00:00Z"), null);
        JsonObject r = stix.report(v2);
        assertEquals("2026-11-03T09:15:00.123Z", text(r, "created"));
        assertEquals("2026-11-05T14:00:00.000Z", text(r, "modified"));
        assertEquals("2026-11-05T14:00:00.000Z", text(r, "published"));
        assertEquals("2.1", text(r, "spec_version"));
    }

    @Test
    void modifiedIncreasesWithEachVersionAndTheWithdrawal() {
        List<ReleasedVersion> history = List.of(
                version("r-1", 1, FIRST, null),
                version("r-1", 2, FIRST.plus(Duration.ofMinutes(30)), null),
                version("r-1", 3, FIRST.plus(Duration.ofDays(1)), null),
                version("r-1", 3, FIRST.plus(Duration.ofDays(1)), FIRST.plus(Duration.ofDays(2))));
        List<Instant> modified = history.stream().map(v -> Instant.parse(text(stix.report(v), "modified"))).toList();
        for (int i = 1; i < modified.size(); i++) {
            assertTrue(modified.get(i).isAfter(modified.get(i - 1)), modified.toString());
        }
        // the notes follow their reports
        assertEquals(text(stix.report(history.get(3)), "modified"), text(stix.note(history.get(3)), "modified"));
    }

    @Test
    void versionsReleasedWithinOneMillisecondStillGetIncreasingModified() {
        Instant same = FIRST.plusNanos(100);
        List<String> modified = List.of(
                text(stix.report(version("r-1", 1, FIRST, null)), "modified"),
                text(stix.report(version("r-1", 2, same, null)), "modified"),
                text(stix.report(version("r-1", 2, same, same)), "modified"),
                text(stix.report(version("r-1", 3, same, null)), "modified"));
        assertEquals(List.of("2026-11-03T09:15:00.123Z", "2026-11-03T09:15:00.125Z", "2026-11-03T09:15:00.126Z",
                "2026-11-03T09:15:00.127Z"), modified);
    }

    @Test
    void aWithdrawnVersionIsRevokedAndAStandingOneIsNot() {
        JsonObject standing = stix.report(version("r-1", 1, FIRST, null));
        JsonObject withdrawn = stix.report(version("r-1", 1, FIRST, FIRST.plus(Duration.ofHours(1))));
        assertFalse(standing.containsKey("revoked"));
        assertEquals(JsonValue.TRUE, withdrawn.get("revoked"));
        assertEquals("2026-11-03T10:15:00.123Z", text(withdrawn, "modified"));
    }

    @Test
    void theReportCarriesTitleTextMarkingGradesAndRefersToItsParts() {
        ReleasedVersion v = version("r-1", 2, FIRST.plus(Duration.ofDays(1)), null);
        JsonObject r = stix.report(v);
        assertEquals("Movements near the crossing", text(r, "name"));
        assertEquals("Vehicles were seen crossing at night.\n\nConcerning: 2026-W45", text(r, "description"));
        assertEquals(List.of("threat-report"), texts(r, "report_types"));
        assertEquals(List.of(TlpMarkings.id(Tlp.AMBER)), texts(r, "object_marking_refs"));
        assertEquals(stix.organisation().identityId(), text(r, "created_by_ref"));
        assertEquals(List.of(StixReports.areaId(v), StixReports.portId("SAN_YSIDRO"),
                StixReports.portId("OTAY_MESA"), StixReports.noteId(v)), texts(r, "object_refs"));
        assertEquals(2, r.getInt("x_hum_version"));
        assertEquals(List.of("SAN_YSIDRO", "OTAY_MESA"), texts(r, "x_hum_ports"), "the codes, which a rename leaves alone");
        assertEquals(List.of("2", "3"), texts(r, "x_hum_credibility"));
        assertEquals("B", text(r, "x_hum_reliability"));
        assertEquals("NATO", text(r, "x_hum_scheme"));
        assertEquals("a source with access to the area", text(r, "x_hum_source_description"));
        assertEquals("Tijuana corridor", text(r, "x_hum_area"));
        JsonObject note = stix.note(v);
        assertEquals(List.of(StixIds.report("r-1")), texts(note, "object_refs"));
        assertTrue(text(note, "content").contains("Source reliability: B"), text(note, "content"));
        assertTrue(text(note, "content").contains("Information credibility: 2, 3"), text(note, "content"));
        JsonObject area = stix.area(v).orElseThrow();
        assertEquals("Tijuana corridor", text(area, "name"));
        assertEquals("americas", text(area, "region"));
        assertFalse(area.containsKey("country"), "an area may lie on either side of the border");
        JsonObject port = stix.port("EL_PASO");
        assertEquals("US", text(port, "country"));
        assertEquals("US-TX", text(port, "administrative_area"));
        assertEquals("El Paso (Paso del Norte) port of entry", text(port, "name"));
        assertEquals("2026-01-01T00:00:00.000Z", text(port, "created"));
        assertEquals("2026-06-01T12:00:00.000Z", text(port, "modified"), "a renamed port is a later version of the same object");
        assertEquals(StixReports.portId("EL_PASO"), text(port, "id"));
        JsonObject unknown = stix.port("NOT_ON_THE_LIST");
        assertEquals("NOT_ON_THE_LIST port of entry", text(unknown, "name"));
        assertFalse(unknown.containsKey("administrative_area"));
        assertEquals(PORTS.size(), stix.ports().size());
    }

    @Test
    void everyObjectAndBundleForRandomVersionsPassesTheValidator() {
        Random rnd = new Random(20261103);
        for (int i = 0; i < 200; i++) {
            ReleasedVersion v = random(rnd);
            for (JsonObject o : stix.objects(v)) {
                assertEquals(List.of(), validator.validate(o), "version " + i + ": " + o);
            }
            JsonObject bundle = stix.bundle(List.of(v));
            assertEquals(List.of(), validator.validate(bundle));
            assertAllReferencesResolve(bundle);
        }
    }

    @Test
    void objectsCarryOnlyTheirAllowedProperties() {
        Set<String> common = Set.of("type", "spec_version", "id", "created", "modified", "created_by_ref", "object_marking_refs");
        Map<String, Set<String>> allowed = new HashMap<>();
        allowed.put("report", Set.of("name", "description", "published", "report_types", "object_refs", "revoked",
                "x_hum_version", "x_hum_subject", "x_hum_area", "x_hum_ports", "x_hum_concerning",
                "x_hum_source_description", "x_hum_reliability", "x_hum_credibility", "x_hum_scheme"));
        allowed.put("note", Set.of("abstract", "content", "object_refs"));
        allowed.put("location", Set.of("name", "region", "country", "administrative_area", "city"));
        allowed.put("identity", Set.of("name", "identity_class"));
        Random rnd = new Random(7);
        for (int i = 0; i < 50; i++) {
            ReleasedVersion v = random(rnd);
            for (JsonObject o : stix.objects(v)) {
                String type = text(o, "type");
                if (type.equals("marking-definition") || type.equals("extension-definition")) {
                    continue; // compared with the published objects below
                }
                for (String name : o.keySet()) {
                    assertTrue(common.contains(name) || allowed.get(type).contains(name), type + " carries " + name);
                }
                assertTrue(o.containsKey("created_by_ref") && o.containsKey("object_marking_refs"), type + " is signed and marked");
            }
        }
    }

    @Test
    void nothingAboveTheTearlineNorAnyPersonOrFileLeaves() {
        String secret = "ZZSECRET";
        ReportItemView item = new ReportItemView(secret + "-item", secret + "-contact", secret + "-source",
                FIRST, "2", secret + "-handling", secret + " the item's own words");
        ReportView view = new ReportView("v-2", "r-1", 2, ReportStatus.RELEASED, "Movements near the crossing",
                secret + "-level", List.of(secret + "-COMPARTMENT"), "AMBER+STRICT", List.of(PartnerKind.STATE),
                List.of(secret + "-recipient"), secret + "-purpose",
                new ReleasablePart("Vehicles at night.", "vehicles", "Tijuana corridor", List.of("TECATE"), List.of("Tecate"),
                        "2026-W45", "a well-placed source", "B", List.of("2"), "NATO"),
                new RestrictedPart(List.of(item), secret + " notes"), secret + "-author", FIRST, FIRST,
                secret + "-approver", FIRST.plus(Duration.ofHours(1)), null);
        ReleasedVersion v = ReleasedVersion.of(view, FIRST);
        String all = stix.bundle(List.of(v)).toString();
        assertFalse(all.contains(secret), all);
        assertTrue(all.contains("Vehicles at night.") && all.contains(TlpMarkings.id(Tlp.AMBER_STRICT)));
        assertFalse(all.contains("\"v-2\""), "the version's internal id does not leave; the report id is only a UUID's name");
        assertFalse(all.contains("r-1"), all);
    }

    @Test
    void aVersionThatCannotBeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> version("r-1", 0, FIRST, null));
        assertThrows(IllegalArgumentException.class, () -> version("r-1", 2, FIRST.minusSeconds(1), null));
        assertThrows(IllegalArgumentException.class, () -> version("r-1", 1, FIRST, FIRST.minusSeconds(1)));
        assertThrows(NullPointerException.class, () -> new ReleasedVersion("r-1", 1, null, Tlp.RED, null, null, null,
                null, null, null, null, null, null, FIRST, FIRST, null));
        ReleasedVersion bare = new ReleasedVersion("r-1", 1, "Title", Tlp.RED, null, null, null, null, null, null, null,
                null, null, FIRST, FIRST, null);
        assertEquals(List.of(), bare.ports());
        assertEquals(List.of(StixReports.noteId(bare)), texts(stix.report(bare), "object_refs"),
                "with no area and no port the report still refers to its note");
        assertEquals(List.of(), validator.validate(stix.bundle(List.of(bare))));
    }

    @Test
    void theTlpMarkingsAreThePublishedOnes() {
        // the ids and the objects as the OASIS CTI TC published them with the TLP 2.0 extension definition
        Map<Tlp, String> published = new EnumMap<>(Tlp.class);
        published.put(Tlp.CLEAR, "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487");
        published.put(Tlp.GREEN, "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb");
        published.put(Tlp.AMBER, "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421");
        published.put(Tlp.AMBER_STRICT, "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003");
        published.put(Tlp.RED, "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1");
        Map<Tlp, String> level = Map.of(Tlp.CLEAR, "clear", Tlp.GREEN, "green", Tlp.AMBER, "amber",
                Tlp.AMBER_STRICT, "amber+strict", Tlp.RED, "red");
        for (Tlp tlp : Tlp.values()) {
            JsonObject expected = Json.createReader(new StringReader(("""
                    {"type":"marking-definition","spec_version":"2.1","id":"%s","created":"2022-10-01T00:00:00.000Z",
                     "name":"TLP:%s","extensions":{"extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d":
                     {"extension_type":"property-extension","tlp_2_0":"%s"}}}
                    """).formatted(published.get(tlp), tlp.wire(), level.get(tlp)))).readObject();
            assertEquals(expected, TlpMarkings.marking(tlp), tlp.name());
            assertEquals(published.get(tlp), TlpMarkings.id(tlp));
            assertEquals(tlp, TlpMarkings.fromId(published.get(tlp)).orElseThrow());
        }
        JsonObject extension = TlpMarkings.extensionDefinition();
        assertEquals("extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d", text(extension, "id"));
        assertEquals("identity--b3bca3c2-1f3d-4b54-b44f-dac42c3a8f01", text(extension, "created_by_ref"));
        assertEquals(List.of("property-extension"), texts(extension, "extension_types"));
        assertTrue(TlpMarkings.fromId("marking-definition--f88d31f6-486f-44da-b317-01333bde0b82").isEmpty(), "TLP 1.0 AMBER is not TLP 2.0");
    }

    @Test
    void theStreamedBundleOfManyVersionsIsValidAndWritesSharedObjectsOnce() {
        Random rnd = new Random(42);
        StringWriter out = new StringWriter();
        int versions = 1_000;
        long written;
        List<ReleasedVersion> all = new ArrayList<>();
        try (JsonGenerator g = Json.createGenerator(out)) {
            try (StixBundleWriter writer = new StixBundleWriter(g, stix)) {
                for (int i = 0; i < versions; i++) {
                    ReleasedVersion v = random(rnd);
                    all.add(v);
                    writer.add(v);
                }
                written = writer.count();
            }
        }
        JsonObject bundle = Json.createReader(new StringReader(out.toString())).readObject();
        assertEquals(List.of(), validator.validate(bundle));
        JsonArray objects = bundle.getJsonArray("objects");
        assertEquals(written, objects.size());
        Map<String, Long> perType = objects.getValuesAs(JsonObject.class).stream()
                .collect(Collectors.groupingBy(o -> text(o, "type"), Collectors.counting()));
        assertEquals(versions, perType.get("report"));
        assertEquals(versions, perType.get("note"));
        assertEquals(1, perType.get("identity"));
        assertEquals(1, perType.get("extension-definition"));
        assertEquals(Tlp.values().length, perType.get("marking-definition"), "each marking once: " + perType);
        long areas = all.stream().filter(v -> v.area() != null && !v.area().isBlank()).count();
        long ports = all.stream().flatMap(v -> v.ports().stream()).distinct().count();
        assertEquals(areas + ports, perType.get("location"));
        Set<String> keys = new HashSet<>();
        objects.getValuesAs(JsonObject.class).forEach(o -> keys.add(StixBundleWriter.versionKey(o)));
        assertEquals(objects.size(), keys.size(), "no object version is written twice");
        assertAllReferencesResolve(bundle);
    }

    @Test
    void anEmptyStreamedBundleIsValid() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.createGenerator(out); StixBundleWriter writer = new StixBundleWriter(g, stix)) {
            assertEquals(0, writer.count());
        }
        JsonObject bundle = Json.createReader(new StringReader(out.toString())).readObject();
        assertEquals(List.of(), validator.validate(bundle));
        assertFalse(bundle.containsKey("objects"));
    }

    /** Every identifier the bundle refers to is in it, but for the OASIS identity that made the TLP 2.0 extension. */
    private static void assertAllReferencesResolve(JsonObject bundle) {
        List<JsonObject> objects = bundle.getJsonArray("objects").getValuesAs(JsonObject.class);
        Set<String> ids = objects.stream().map(o -> text(o, "id")).collect(Collectors.toSet());
        for (JsonObject o : objects) {
            for (Map.Entry<String, JsonValue> e : o.entrySet()) {
                List<String> refs = e.getKey().endsWith("_ref") ? List.of(((JsonString) e.getValue()).getString())
                        : e.getKey().endsWith("_refs") ? texts(o, e.getKey()) : List.of();
                for (String ref : refs) {
                    assertTrue(ids.contains(ref) || ref.equals(TlpMarkings.OASIS_IDENTITY), text(o, "id") + " refers to missing " + ref);
                }
            }
        }
    }
}
