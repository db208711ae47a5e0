package org.hum.partner.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.api.Role;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.api.partner.CollectionView;
import org.hum.api.partner.FeedItem;
import org.hum.api.partner.FeedPage;
import org.hum.api.partner.PartnerReport;
import org.hum.api.partner.StixObjectVersion;
import org.hum.api.partner.StixPage;
import org.hum.api.partner.TaxiiQuery;
import org.hum.api.reporting.DisseminationAction;
import org.hum.audit.control.AuditTrail;
import org.hum.partner.cms.CmsPackager;
import org.hum.partner.control.EntryRow;
import org.hum.partner.control.HumSigning;
import org.hum.partner.control.OrgRow;
import org.hum.partner.control.PartnerCertificates;
import org.hum.partner.control.PartnerContent;
import org.hum.partner.control.PartnerStore;
import org.hum.partner.control.StixRendering;
import org.hum.reporting.control.ReportStore;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a partner account reads (docs/domain.md, "The partner exchange"): the reports released to
 * its organisation (the portal), the feed, the CMS files and the organisation's TAXII collection.
 * Another organisation's collection or report answers as a missing one does. The first read of
 * each entry by the organisation is a READ row of the dissemination log; every read is audited
 * (by ids only).
 */
@Stateless
@RolesAllowed(Role.PARTNER_NAME)
public class PartnerExchange {
    public static final int FEED_MAX = 1000;
    public static final int TAXII_MAX = 1000;

    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    PartnerStore store;

    @Inject
    PartnerContent content;

    @Inject
    StixRendering stix;

    @Inject
    HumSigning signing;

    @Inject
    ReportStore reports;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    // ---- the portal ----

    /** The organisation's reports, newest first, each as it holds it now (recalled ones marked). */
    public List<PartnerReport> reports() {
        Caller c = caller();
        List<PartnerReport> out = new ArrayList<>();
        Map<String, List<EntryRow>> byReport = new LinkedHashMap<>();
        for (EntryRow e : store.latestPerReport(c.org().id())) {
            byReport.put(e.reportId(), store.entriesOfReport(c.org().id(), e.reportId()));
        }
        byReport.values().forEach(entries -> out.add(content.current(entries)));
        return out;
    }

    public String organisationName() {
        return caller().org().name();
    }

    public PartnerReport report(String reportId) {
        Caller c = caller();
        List<EntryRow> entries = entriesOf(c, reportId);
        read(c, entries, Way.PORTAL);
        audit.record("PARTNER_REPORT_READ", "REPORT", reportId, content.label(entries.get(entries.size() - 1)), AuditTrail.SUCCESS);
        return content.current(entries);
    }

    /** The report printed, as a CMS file carries it. */
    public String text(String reportId) {
        return PartnerContent.text(report(reportId));
    }

    /** The printed report signed by HUM and encrypted for the organisation's certificate (DER). */
    public byte[] cms(String reportId) {
        Caller c = caller();
        List<EntryRow> entries = entriesOf(c, reportId);
        if (c.org().certificate() == null) {
            throw new HumException(ErrorCode.CONFLICT, "Your organisation has no encryption certificate on file: "
                    + "ask HUM's administrators to upload it, then download the file again.");
        }
        String text = PartnerContent.text(content.current(entries));
        byte[] file = new CmsPackager().signAndEncrypt(text.getBytes(StandardCharsets.UTF_8), signing.identity(),
                PartnerCertificates.parse(c.org().certificate()));
        read(c, entries, Way.CMS);
        audit.record("PARTNER_CMS_READ", "REPORT", reportId, content.label(entries.get(entries.size() - 1)), AuditTrail.SUCCESS);
        return file;
    }

    // ---- the feed ----

    public FeedPage feed(String after, Integer limit) {
        Caller c = caller();
        int max = limit == null ? 100 : limit;
        if (max < 1 || max > FEED_MAX) {
            throw HumException.invalid("limit", "must be 1 to " + FEED_MAX);
        }
        Instant from = after == null || after.isBlank() ? null : cursor(c, after).dateAdded();
        List<EntryRow> page = store.entries(c.org().id(), from, max + 1);
        boolean more = page.size() > max;
        List<EntryRow> items = more ? page.subList(0, max) : page;
        List<FeedItem> out = new ArrayList<>();
        for (EntryRow e : items) {
            if (e.kind() == EntryRow.Kind.RELEASE) {
                out.add(new FeedItem("RELEASE", e.cursor(), e.dateAdded(), e.reportId(), e.version(), null, content.report(e, null)));
            } else {
                out.add(new FeedItem("RECALL", e.cursor(), e.dateAdded(), e.reportId(), e.version(), e.reason(), null));
            }
        }
        read(c, items, Way.FEED);
        audit.record("PARTNER_FEED_READ", "PARTNER_COLLECTION", c.org().collectionId(), null, AuditTrail.SUCCESS);
        String next = items.isEmpty() ? (after == null || after.isBlank() ? null : after) : items.get(items.size() - 1).cursor();
        return new FeedPage(out, next, more);
    }

    private EntryRow cursor(Caller c, String cursor) {
        long id;
        try {
            if (!cursor.startsWith("e") || cursor.length() > 20) {
                throw new NumberFormatException();
            }
            id = Long.parseLong(cursor.substring(1));
        } catch (NumberFormatException e) {
            throw HumException.invalid("after", "is not a cursor this feed gave: start again without it");
        }
        return store.entry(c.org().id(), id)
                .orElseThrow(() -> HumException.invalid("after", "is not a cursor this feed gave: start again without it"));
    }

    // ---- TAXII ----

    /** The caller's one collection. */
    public List<CollectionView> collections() {
        return List.of(view(caller().org()));
    }

    /** The collection if it is the caller's; empty as for a missing one otherwise. */
    public Optional<CollectionView> collection(String collectionId) {
        OrgRow org = caller().org();
        return org.collectionId().equals(collectionId) ? Optional.of(view(org)) : Optional.empty();
    }

    /**
     * A page of the collection's object versions matching the query, oldest added first; empty when
     * the collection is not the caller's.
     */
    public Optional<StixPage> objects(String collectionId, TaxiiQuery q) {
        Caller c = caller();
        if (!c.org().collectionId().equals(collectionId)) {
            return Optional.empty();
        }
        Instant after = after(q);
        int limit = Math.min(q.limit(), TAXII_MAX);
        List<StixObjectVersion> out = new ArrayList<>();
        Map<String, Instant[]> versionsOf = new HashMap<>();
        Map<String, Instant> firstReleased = new HashMap<>();
        List<EntryRow> touched = new ArrayList<>();
        boolean more = false;
        // the organisation's identity object comes first, added when the organisation was
        for (StixObjectVersion o : stix.opening(c.org())) {
            if (matches(o, q, after, versionsOf, c)) {
                out.add(o);
            }
        }
        Instant scanFrom = after == null ? null : after.minus(PartnerStore.ENTRY_STEP_MICROS, ChronoUnit.MICROS);
        scan:
        while (true) {
            List<EntryRow> batch = store.entries(c.org().id(), scanFrom, 200);
            for (EntryRow e : batch) {
                boolean any = false;
                for (StixObjectVersion o : stix.objects(c.org(), e, firstReleased)) {
                    if (matches(o, q, after, versionsOf, c)) {
                        if (out.size() == limit) {
                            more = true;
                            break scan;
                        }
                        out.add(o);
                        any = true;
                    }
                }
                if (any) {
                    touched.add(e);
                }
            }
            if (batch.size() < 200) {
                break;
            }
            scanFrom = batch.get(batch.size() - 1).dateAdded();
        }
        read(c, touched, Way.TAXII);
        audit.record("TAXII_READ", "PARTNER_COLLECTION", collectionId, null, AuditTrail.SUCCESS);
        String next = more && !out.isEmpty() ? StixRendering.encodeNext(out.get(out.size() - 1).dateAdded()) : null;
        return Optional.of(new StixPage(out, more, next));
    }

    /** Every version of one object in the collection, oldest added first; empty when none is the caller's. */
    public Optional<List<StixObjectVersion>> versions(String collectionId, String objectId) {
        Caller c = caller();
        if (!c.org().collectionId().equals(collectionId)) {
            return Optional.empty();
        }
        List<StixObjectVersion> out = new ArrayList<>();
        for (StixObjectVersion o : stix.opening(c.org())) {
            if (o.id().equals(objectId)) {
                out.add(o);
            }
        }
        Optional<String> reportId = stix.reportIdOf(objectId, c.org().id());
        List<EntryRow> entries = reportId.map(r -> store.entriesOfReport(c.org().id(), r)).orElse(List.of());
        for (EntryRow e : entries) {
            stix.objects(c.org(), e).stream().filter(o -> o.id().equals(objectId)).forEach(out::add);
        }
        return Optional.of(out);
    }

    /** Where a page starts: the later of {@code added_after} and the {@code next} token (400 for a token not ours). */
    private static Instant after(TaxiiQuery q) {
        Instant after = q.addedAfter();
        if (q.next() != null) {
            Instant token = StixRendering.decodeNext(q.next())
                    .orElseThrow(() -> HumException.invalid("next", "is not a token this server gave: start again without it"));
            after = after == null || token.isAfter(after) ? token : after;
        }
        return after;
    }

    /**
     * A page of an object's versions, oldest added first, after {@code added_after} and the
     * {@code next} token (the later of the two), at most {@code limit} (up to {@link #TAXII_MAX}),
     * with the token of the next page when there is more; empty when the collection is not the
     * caller's or holds no version of the object (both look missing).
     */
    public Optional<StixPage> versionsPage(String collectionId, String objectId, TaxiiQuery q) {
        List<StixObjectVersion> all = versions(collectionId, objectId).orElse(List.of());
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Instant after = after(q);
        Instant from = after;
        List<StixObjectVersion> shown = all.stream().filter(v -> from == null || v.dateAdded().isAfter(from)).toList();
        int limit = Math.min(q.limit(), TAXII_MAX);
        boolean more = shown.size() > limit;
        List<StixObjectVersion> page = more ? shown.subList(0, limit) : shown;
        return Optional.of(new StixPage(page, more, more ? StixRendering.encodeNext(page.get(page.size() - 1).dateAdded()) : null));
    }

    private boolean matches(StixObjectVersion o, TaxiiQuery q, Instant after, Map<String, Instant[]> versionsOf, Caller c) {
        if (after != null && !o.dateAdded().isAfter(after)) {
            return false;
        }
        if (!q.types().isEmpty() && !q.types().contains(o.type())) {
            return false;
        }
        if (!q.ids().isEmpty() && !q.ids().contains(o.id())) {
            return false;
        }
        List<String> versions = q.versions().isEmpty() ? List.of("last") : q.versions();
        if (versions.contains("all")) {
            return true;
        }
        Instant[] firstLast = versionsOf.computeIfAbsent(o.id(), id -> stix.firstAndLast(c.org(), id, o));
        for (String v : versions) {
            if (v.equals("last") && o.version().equals(firstLast[1])
                    || v.equals("first") && o.version().equals(firstLast[0])
                    || !v.equals("last") && !v.equals("first") && v.equals(StixRendering.format(o.version()))) {
                return true;
            }
        }
        return false;
    }

    // ---- the caller ----

    private record Caller(Viewer viewer, OrgRow org) {
    }

    private Caller caller() {
        Viewer v = viewers.of(principal);
        OrgRow org = store.orgOfUser(v.userId()).filter(OrgRow::active)
                .orElseThrow(() -> new HumException(ErrorCode.FORBIDDEN, "This account belongs to no active partner "
                        + "organisation: ask HUM's administrators."));
        return new Caller(v, org);
    }

    private List<EntryRow> entriesOf(Caller c, String reportId) {
        List<EntryRow> entries = reportId == null || reportId.length() != 36 ? List.of()
                : store.entriesOfReport(c.org().id(), reportId);
        if (entries.isEmpty()) {
            throw HumException.notFound("report");
        }
        return entries;
    }

    /** The ways a partner reads an entry, each with the purpose its READ row of the log gives. */
    private enum Way {
        PORTAL("read in the portal"), CMS("downloaded as a CMS file"), FEED("read in the feed"), TAXII("read over TAXII");

        final String how;

        Way(String how) {
            this.how = how;
        }
    }

    /** The organisation's first read of each entry by this way is a READ row (docs/domain.md, "The partner exchange"). */
    private void read(Caller c, List<EntryRow> entries, Way way) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (EntryRow e : entries) {
            if (store.markRead(e.id(), way.name(), c.viewer().userId(), now)) {
                reports.log(DisseminationAction.READ, content.version(e), List.of(c.org().name()), way.how, c.viewer().userId(), now);
            }
        }
    }

    private static CollectionView view(OrgRow org) {
        return new CollectionView(org.collectionId(), "Reports released to " + org.name(),
                "Sanitized reports released to " + org.name() + " and their recalls, as STIX 2.1.");
    }
}
