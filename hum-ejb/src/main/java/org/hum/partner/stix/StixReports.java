package org.hum.partner.stix;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One released report version as STIX 2.1 objects (docs/architecture.md, "Sanitized reporting and the
 * partner exchange"). A version becomes:
 * <ul>
 *   <li>a {@code report}, whose id is named by the report's id, so every version of a report is a
 *       version of the same STIX object: {@code created} is the first version's release,
 *       {@code modified} this version's release (its withdrawal, for a withdrawn one, which goes
 *       out {@code revoked}), and HUM's own fields travel as {@code x_hum_} properties;</li>
 *   <li>a {@code note} with the grades, versioned with the report;</li>
 *   <li>a {@code location} for the area (versioned with the report, marked as it is) and one per port
 *       of entry (reference objects: see {@link StixOrganisation});</li>
 *   <li>the shared objects those refer to: the organisation's {@code identity}, the TLP 2.0
 *       marking definitions and their extension definition ({@link TlpMarkings}).</li>
 * </ul>
 * Only {@link ReleasedVersion}'s fields are read, and that record carries nothing above the tearline.
 */
public final class StixReports {
    /** Looked up once: {@code Json.createX} looks the provider up on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();
    private final StixOrganisation organisation;
    /** The reference objects, built once: an export refers to them from every version. */
    private final String identityId;
    private final JsonObject identity;
    /** The ports' locations by code, in the list's order. */
    private final Map<String, JsonObject> ports = new LinkedHashMap<>();

    /**
     * @param ports the ports of entry as the administrators' list has them now (retired ones too: old
     *              reports still name them)
     */
    public StixReports(StixOrganisation organisation, Collection<PortPlace> ports) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.identityId = organisation.identityId();
        this.identity = buildIdentity();
        for (PortPlace p : ports) {
            this.ports.put(p.code(), buildPort(p));
        }
    }

    /** With {@link StixOrganisation#HUM} and these ports. */
    public StixReports(Collection<PortPlace> ports) {
        this(StixOrganisation.HUM, ports);
    }

    public StixOrganisation organisation() {
        return organisation;
    }

    /** The organisation's {@code identity} (identity_class organization), the creator of every object we write. */
    public JsonObject identity() {
        return identity;
    }

    private JsonObject buildIdentity() {
        String at = StixTime.format(organisation.created());
        return common("identity", identityId, at, at, TlpMarkings.id(organisation.reference()))
                .add("name", organisation.name())
                .add("identity_class", "organization")
                .build();
    }

    /** The {@code report} object of this version. */
    public JsonObject report(ReleasedVersion v) {
        JsonObjectBuilder b = common("report", StixIds.report(v.reportId()), created(v), modified(v),
                TlpMarkings.id(v.tlp()))
                .add("name", v.title());
        description(v).ifPresent(d -> b.add("description", d));
        b.add("published", StixTime.format(v.releasedAt()))
                .add("report_types", JSON.createArrayBuilder().add("threat-report"));
        JsonArrayBuilder refs = JSON.createArrayBuilder();
        if (hasArea(v)) {
            refs.add(areaId(v));
        }
        v.ports().stream().distinct().forEach(p -> refs.add(portId(p)));
        refs.add(noteId(v));
        b.add("object_refs", refs);
        if (v.withdrawn()) {
            b.add("revoked", true);
        }
        b.add("x_hum_version", v.version());
        put(b, "x_hum_subject", v.subject());
        put(b, "x_hum_area", v.area());
        if (!v.ports().isEmpty()) {
            JsonArrayBuilder ports = JSON.createArrayBuilder();
            // the codes: they name the ports for good, where a name may change (the locations carry the names)
            v.ports().stream().distinct().forEach(ports::add);
            b.add("x_hum_ports", ports);
        }
        put(b, "x_hum_concerning", v.concerning());
        put(b, "x_hum_source_description", v.sourceDescription());
        put(b, "x_hum_reliability", v.reliability());
        if (!v.credibility().isEmpty()) {
            b.add("x_hum_credibility", JSON.createArrayBuilder(v.credibility()));
        }
        put(b, "x_hum_scheme", v.scheme());
        return b.build();
    }

    /** The {@code note} with the grades carried over, about the report; versioned with it. */
    public JsonObject note(ReleasedVersion v) {
        List<String> lines = new ArrayList<>();
        if (v.sourceDescription() != null) {
            lines.add("Source: " + v.sourceDescription());
        }
        if (v.reliability() != null) {
            lines.add("Source reliability: " + v.reliability());
        }
        if (!v.credibility().isEmpty()) {
            lines.add("Information credibility: " + String.join(", ", v.credibility()));
        }
        if (v.scheme() != null) {
            lines.add("Grading scheme: " + v.scheme());
        }
        if (lines.isEmpty()) {
            lines.add("No grades were carried over.");
        }
        return common("note", noteId(v), created(v), modified(v), TlpMarkings.id(v.tlp()))
                .add("abstract", v.scheme() == null ? "Grades" : "Grades (" + v.scheme() + ")")
                .add("content", String.join("\n", lines))
                .add("object_refs", JSON.createArrayBuilder().add(StixIds.report(v.reportId())))
                .build();
    }

    /**
     * The {@code location} of the report's area, named by the area; empty if it names none. The area is
     * free text about the southwest border and may lie on either side of it, so the location claims no
     * country, only the region that holds both ({@code americas}, of the specification's region-ov).
     */
    public Optional<JsonObject> area(ReleasedVersion v) {
        if (!hasArea(v)) {
            return Optional.empty();
        }
        return Optional.of(common("location", areaId(v), created(v), modified(v), TlpMarkings.id(v.tlp()))
                .add("name", v.area())
                .add("region", "americas")
                .build());
    }

    /**
     * The {@code location} of a port of entry: the same object in every export until the port is
     * renamed or moved, then its next version. A code the list lacks gets a location named by the code.
     */
    public JsonObject port(String code) {
        Objects.requireNonNull(code, "code");
        JsonObject known = ports.get(code);
        return known != null ? known : buildPort(new PortPlace(code, code, null, organisation.created()));
    }

    /** Every port's location, in the list's order: what a collection opens with. */
    public List<JsonObject> ports() {
        return List.copyOf(ports.values());
    }

    private JsonObject buildPort(PortPlace port) {
        Instant created = organisation.created();
        Instant modified = port.changedAt().isAfter(created) ? port.changedAt() : created;
        JsonObjectBuilder b = common("location", portId(port.code()), StixTime.format(created), StixTime.format(modified),
                TlpMarkings.id(organisation.reference()))
                .add("name", port.name() + " port of entry")
                .add("country", "US");
        if (port.state() != null) {
            // ISO 3166-2, as STIX's administrative_area asks
            b.add("administrative_area", "US-" + port.state());
        }
        return b.add("city", port.name()).build();
    }

    /** What this version itself is: its report, note and area location (the report first). */
    public List<JsonObject> versionObjects(ReleasedVersion v) {
        List<JsonObject> out = new ArrayList<>();
        out.add(report(v));
        out.add(note(v));
        area(v).ifPresent(out::add);
        return out;
    }

    /**
     * The objects this version refers to that other versions share: the extension definition, the
     * marking definitions in use, the organisation's identity and the ports' locations.
     */
    public List<JsonObject> sharedObjects(ReleasedVersion v) {
        List<JsonObject> out = new ArrayList<>();
        out.add(TlpMarkings.extensionDefinition());
        out.add(TlpMarkings.marking(organisation.reference()));
        if (v.tlp() != organisation.reference()) {
            out.add(TlpMarkings.marking(v.tlp()));
        }
        out.add(identity());
        v.ports().stream().distinct().forEach(p -> out.add(port(p)));
        return out;
    }

    /** Every object a consumer needs for this version: the shared ones, then the version's own. */
    public List<JsonObject> objects(ReleasedVersion v) {
        List<JsonObject> out = new ArrayList<>(sharedObjects(v));
        out.addAll(versionObjects(v));
        return out;
    }

    /**
     * A bundle of these versions with everything they refer to, each object version once. For many
     * versions, stream with {@link StixBundleWriter} instead.
     */
    public JsonObject bundle(List<ReleasedVersion> versions) {
        Map<String, JsonObject> unique = new LinkedHashMap<>();
        for (ReleasedVersion v : versions) {
            for (JsonObject o : objects(v)) {
                unique.putIfAbsent(StixBundleWriter.versionKey(o), o);
            }
        }
        JsonObjectBuilder b = JSON.createObjectBuilder().add("type", "bundle").add("id", StixIds.random("bundle"));
        if (!unique.isEmpty()) {
            b.add("objects", JSON.createArrayBuilder(new ArrayList<>(unique.values())));
        }
        return b.build();
    }

    /** Writes one object as the next value of the generator's current array (or as a whole document). */
    public static void write(JsonGenerator generator, JsonObject object) {
        generator.write(object);
    }

    /** The report's id (stable across versions). */
    public String reportId(ReleasedVersion v) {
        return StixIds.report(v.reportId());
    }

    static String noteId(ReleasedVersion v) {
        return StixIds.of("note", "report-grades:" + v.reportId());
    }

    static String areaId(ReleasedVersion v) {
        return StixIds.of("location", "report-area:" + v.reportId());
    }

    static String portId(String code) {
        return StixIds.of("location", "port-of-entry:" + code);
    }

    private JsonObjectBuilder common(String type, String id, String created, String modified, String marking) {
        return JSON.createObjectBuilder()
                .add("type", type)
                .add("spec_version", "2.1")
                .add("id", id)
                .add("created", created)
                .add("modified", modified)
                .add("created_by_ref", identityId)
                .add("object_marking_refs", JSON.createArrayBuilder().add(marking));
    }

    private static String created(ReleasedVersion v) {
        return StixTime.format(v.firstReleasedAt());
    }

    /**
     * This version's {@code modified}: its release, or its withdrawal. A STIX consumer keeps the
     * version with the latest {@code modified}, so a later version must never tie with an earlier
     * one at millisecond precision; versions are released minutes apart, but the floor
     * ({@code created} plus two milliseconds a version, one more if withdrawn) keeps the order even
     * if they were not.
     */
    static String modified(ReleasedVersion v) {
        Instant at = v.withdrawn() ? v.withdrawnAt() : v.releasedAt();
        Instant floor = v.firstReleasedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)
                .plusMillis(2L * (v.version() - 1) + (v.withdrawn() ? 1 : 0));
        return StixTime.format(at.isBefore(floor) ? floor : at);
    }

    private static Optional<String> description(ReleasedVersion v) {
        StringBuilder d = new StringBuilder();
        if (v.text() != null && !v.text().isBlank()) {
            d.append(v.text());
        }
        if (v.concerning() != null) {
            d.append(d.length() == 0 ? "" : "\n\n").append("Concerning: ").append(v.concerning());
        }
        return d.length() == 0 ? Optional.empty() : Optional.of(d.toString());
    }

    private static boolean hasArea(ReleasedVersion v) {
        return v.area() != null && !v.area().isBlank();
    }

    private static void put(JsonObjectBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.add(name, value);
        }
    }
}
