package org.hum.partner.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.hum.api.partner.PartnerReport;
import org.hum.api.partner.StixObjectVersion;
import org.hum.api.reporting.ReleasablePart;
import org.hum.api.reporting.Tlp;
import org.hum.config.control.Ports;
import org.hum.partner.stix.PortPlace;
import org.hum.partner.stix.ReleasedVersion;
import org.hum.partner.stix.StixIds;
import org.hum.partner.stix.StixReports;
import org.hum.partner.stix.StixTime;
import org.hum.partner.stix.TlpMarkings;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An organisation's collection as STIX 2.1 object versions (docs/domain.md, "The partner
 * exchange"). It opens with the objects every report refers to (the TLP 2.0 extension and
 * marking definitions, HUM's identity and the ports of entry), added when the organisation
 * was; then each entry adds its version's report, note and area, a recall the same revoked.
 * Each object version has its own {@code date_added}: the entry's, plus a microsecond per object.
 * A port's location is versioned by the administrators' list: added with the organisation, or when
 * the port was added, renamed or moved after that (the collection then holds its latest version).
 */
@ApplicationScoped
public class StixRendering {
    /** For a version's own objects, which refer to the ports by id only: no list needed. */
    private static final StixReports VERSIONS = new StixReports(List.of());

    @Inject
    PartnerContent content;

    @Inject
    Ports portList;

    @Inject
    PartnerStore store;

    /** The objects the collection opens with. */
    public List<StixObjectVersion> opening(OrgRow org) {
        List<JsonObject> objects = new ArrayList<>();
        objects.add(TlpMarkings.extensionDefinition());
        for (Tlp t : Tlp.values()) {
            objects.add(TlpMarkings.marking(t));
        }
        StixReports writer = writer();
        objects.add(writer.identity());
        Instant added = org.createdAt().truncatedTo(ChronoUnit.MICROS);
        List<StixObjectVersion> out = new ArrayList<>(versions(objects, added));
        int k = objects.size();
        for (JsonObject port : writer.ports()) {
            Instant changed = Instant.parse(port.getString("modified")).truncatedTo(ChronoUnit.MICROS);
            Instant base = changed.isAfter(added) ? changed : added;
            out.add(versions(List.of(port), base.plus(k++, ChronoUnit.MICROS)).get(0));
        }
        return out;
    }

    /** The STIX writer over the ports as the list has them now. */
    private StixReports writer() {
        return new StixReports(portList.all().stream()
                .map(p -> new PortPlace(p.code(), p.name(), p.state(), p.changedAt())).toList());
    }

    /** The object versions one entry adds. */
    public List<StixObjectVersion> objects(OrgRow org, EntryRow e) {
        return objects(org, e, new HashMap<>());
    }

    /** One entry as a STIX bundle, with the shared objects its own refer to: what a push without a certificate carries. */
    public String bundle(OrgRow org, EntryRow e) {
        return writer().bundle(List.of(released(e, new HashMap<>()))).toString();
    }

    /** As {@link #objects(OrgRow, EntryRow)}, remembering each report's first release across calls of one request. */
    public List<StixObjectVersion> objects(OrgRow org, EntryRow e, Map<String, Instant> firstReleased) {
        return versions(VERSIONS.versionObjects(released(e, firstReleased)), e.dateAdded());
    }

    private ReleasedVersion released(EntryRow e, Map<String, Instant> firstReleased) {
        PartnerReport r = content.report(e, null);
        ReleasablePart p = r.releasable();
        return new ReleasedVersion(r.reportId(), r.version(), r.title(), Tlp.fromWire(r.tlp()).orElseThrow(),
                p.text(), p.subject(), p.area(), p.ports(), p.concerning(), p.sourceDescription(), p.reliability(),
                p.credibility(), p.scheme(), firstReleased.computeIfAbsent(r.reportId(), content::firstReleased), r.releasedAt(),
                e.kind() == EntryRow.Kind.RECALL ? e.dateAdded() : null);
    }

    /**
     * The first and last version ({@code modified}) in the collection of the object {@code o} is a
     * version of: the same for the opening objects; over the report's entries for a report's own.
     */
    public Instant[] firstAndLast(OrgRow org, String id, StixObjectVersion o) {
        Optional<String> reportId = reportIdOf(id, org.id());
        if (reportId.isEmpty()) {
            return new Instant[]{o.version(), o.version()};
        }
        Instant first = null;
        Instant last = null;
        for (EntryRow e : store.entriesOfReport(org.id(), reportId.get())) {
            for (StixObjectVersion x : objects(org, e)) {
                if (x.id().equals(id)) {
                    first = first == null || x.version().isBefore(first) ? x.version() : first;
                    last = last == null || x.version().isAfter(last) ? x.version() : last;
                }
            }
        }
        return first == null ? new Instant[]{o.version(), o.version()} : new Instant[]{first, last};
    }

    /** The report an object id belongs to (its report, note or area location), among the organisation's. */
    public Optional<String> reportIdOf(String objectId, String orgId) {
        for (String reportId : store.reportIds(orgId)) {
            if (objectId.equals(StixIds.report(reportId)) || objectId.equals(StixIds.of("note", "report-grades:" + reportId))
                    || objectId.equals(StixIds.of("location", "report-area:" + reportId))) {
                return Optional.of(reportId);
            }
        }
        return Optional.empty();
    }

    /** STIX's timestamp form, as objects carry it. */
    public static String format(Instant at) {
        return StixTime.format(at);
    }

    /** A TAXII {@code next} token: where the page ended, opaque to clients. */
    public static String encodeNext(Instant lastAdded) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, lastAdded);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("n1:" + micros).getBytes(StandardCharsets.US_ASCII));
    }

    /** The instant a token stands for; empty for anything this server did not give. */
    private static final Instant LAST_TOKEN_TIME = Instant.parse("9999-12-31T23:59:59.999999Z");

    public static Optional<Instant> decodeNext(String token) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
            if (!s.startsWith("n1:")) {
                return Optional.empty();
            }
            long micros = Long.parseLong(s.substring(3));
            if (micros < 0) {
                return Optional.empty();
            }
            Instant at = Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
            // a token this server gave names a time the database holds; a forged one past that is no token
            return at.isAfter(LAST_TOKEN_TIME) ? Optional.empty() : Optional.of(at);
        } catch (IllegalArgumentException | java.time.DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static List<StixObjectVersion> versions(List<JsonObject> objects, Instant base) {
        List<StixObjectVersion> out = new ArrayList<>();
        for (int k = 0; k < objects.size(); k++) {
            JsonObject o = objects.get(k);
            String modified = o.containsKey("modified") ? o.getString("modified") : o.getString("created");
            out.add(new StixObjectVersion(o.getString("id"), o.getString("type"), Instant.parse(modified),
                    base.plus(k, ChronoUnit.MICROS), o.toString()));
        }
        return out;
    }
}
