package org.hum.partner.stix;

import org.hum.api.reporting.ReleasablePart;
import org.hum.api.reporting.ReportView;
import org.hum.api.reporting.Tlp;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One released (or withdrawn) version of a report, as far as it may leave: the title, the marking and
 * the part below the tearline (docs/domain.md, "Sanitized reports"). It has no field for anything
 * above the tearline, for the files drawn on or for people, so that what turns it into STIX cannot
 * leak them: the exchange only ever sees this record.
 *
 * @param reportId        the report's id (its first version's id), the same for every version
 * @param version         the version's number, from 1
 * @param firstReleasedAt when the report's first version was released: the STIX {@code created}
 * @param releasedAt      when this version was released
 * @param withdrawnAt     when this version was withdrawn; null while it stands
 */
public record ReleasedVersion(String reportId, int version, String title, Tlp tlp, String text, String subject,
                              String area, List<String> ports, String concerning, String sourceDescription,
                              String reliability, List<String> credibility, String scheme, Instant firstReleasedAt,
                              Instant releasedAt, Instant withdrawnAt) {

    public ReleasedVersion {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(tlp, "tlp");
        Objects.requireNonNull(firstReleasedAt, "firstReleasedAt");
        Objects.requireNonNull(releasedAt, "releasedAt");
        if (version < 1) {
            throw new IllegalArgumentException("a version is numbered from 1");
        }
        if (releasedAt.isBefore(firstReleasedAt)) {
            throw new IllegalArgumentException("a version is released no earlier than the report's first version");
        }
        if (withdrawnAt != null && withdrawnAt.isBefore(releasedAt)) {
            throw new IllegalArgumentException("a version is withdrawn after its release");
        }
        ports = ports == null ? List.of() : List.copyOf(ports);
        credibility = credibility == null ? List.of() : List.copyOf(credibility);
    }

    /** Whether this version was withdrawn (it then goes out revoked). */
    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    /**
     * The releasable view of a released or withdrawn version: reads the title, the marking, the part
     * below the tearline and the times, and nothing else of the view (not its restricted part).
     *
     * @param firstReleasedAt when the report's first version was released
     */
    public static ReleasedVersion of(ReportView view, Instant firstReleasedAt) {
        Tlp tlp = Tlp.fromWire(view.tlp()).orElseThrow(() -> new IllegalArgumentException("not a TLP marking"));
        if (view.releasedAt() == null) {
            throw new IllegalArgumentException("only a released version leaves");
        }
        ReleasablePart r = view.releasable();
        return new ReleasedVersion(view.reportId(), view.version(), view.title(), tlp, r.text(), r.subject(), r.area(),
                r.ports(), r.concerning(), r.sourceDescription(), r.reliability(), r.credibility(), r.scheme(),
                firstReleasedAt, view.releasedAt(), view.withdrawnAt());
    }
}
