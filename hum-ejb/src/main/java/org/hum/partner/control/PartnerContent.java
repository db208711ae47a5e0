package org.hum.partner.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.api.partner.PartnerReport;
import org.hum.api.reporting.ReleasablePart;
import org.hum.api.reporting.Tlp;
import org.hum.reporting.control.ReportStore;
import org.hum.reporting.control.ReportViews;
import org.hum.reporting.control.VersionRow;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a partner reads of a released version: below the tearline only, built from the version
 * as stored (docs/domain.md, "The partner exchange"). Never a file's id, code name or anything
 * above the tearline: the releasable part is all it opens.
 */
@ApplicationScoped
public class PartnerContent {
    @Inject
    ReportStore reports;

    @Inject
    ReportViews views;

    /** The version an entry carries, as the partner reads it; recalled when {@code recall} is given. */
    public PartnerReport report(EntryRow release, EntryRow recall) {
        VersionRow v = reports.find(release.versionId()).orElseThrow();
        return new PartnerReport(v.reportId(), v.id(), v.version(), views.title(v), v.tlp(), v.releasedAt(),
                recall != null, recall == null ? null : recall.reason(), recall == null ? null : recall.dateAdded(),
                views.releasable(v));
    }

    /** The report as a partner holds it now: its newest version received, recalled if a recall followed. */
    public PartnerReport current(List<EntryRow> ofReport) {
        EntryRow release = null;
        EntryRow recall = null;
        for (EntryRow e : ofReport) {
            if (e.kind() == EntryRow.Kind.RELEASE) {
                release = e;
                recall = null;
            } else {
                recall = e;
            }
        }
        return report(Objects.requireNonNull(release, "a collection holds a recall only after a release"), recall);
    }

    /** The version row behind an entry. */
    public VersionRow version(EntryRow e) {
        return reports.find(e.versionId()).orElseThrow();
    }

    /** The label of the version an entry carries, as audit text: a reviewer sees the entry only if they may see the report. */
    public String label(EntryRow e) {
        return views.label(version(e));
    }

    /** When the report's first version was released: its STIX object's {@code created}. */
    public Instant firstReleased(String reportId) {
        return reports.versions(reportId).stream().map(VersionRow::releasedAt).filter(Objects::nonNull).min(Instant::compareTo)
                .orElseThrow();
    }

    /**
     * The report printed: the marking at the top and at the foot, as TLP asks, then the facts and
     * the text. This is what a CMS file carries.
     */
    public static String text(PartnerReport r) {
        String marking = Tlp.fromWire(r.tlp()).map(Tlp::marking).orElse("TLP:" + r.tlp());
        ReleasablePart p = r.releasable();
        StringBuilder b = new StringBuilder();
        b.append(marking).append('\n');
        b.append(r.title()).append('\n');
        b.append("Report ").append(r.reportId()).append(", version ").append(r.version()).append(", released ")
                .append(r.releasedAt()).append('\n');
        if (r.recalled()) {
            b.append("RECALLED ").append(r.recalledAt()).append(": ").append(r.recallReason())
                    .append(". Destroy or stop using this report.\n");
        }
        b.append('\n');
        line(b, "Concerning", p.concerning());
        line(b, "Area", p.area());
        line(b, "Ports of entry", p.ports().isEmpty() ? null
                : String.join(", ", p.portNames()));
        line(b, "Subject", p.subject());
        line(b, "Source", p.sourceDescription());
        line(b, "Source reliability", p.reliability());
        line(b, "Information credibility", p.credibility().isEmpty() ? null : String.join(", ", p.credibility()));
        line(b, "Grading scheme", p.scheme());
        b.append('\n').append(p.text()).append('\n').append('\n').append(marking).append('\n');
        return b.toString();
    }

    private static void line(StringBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.append(name).append(": ").append(value).append('\n');
        }
    }
}
