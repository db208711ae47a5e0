package org.hum.reporting.control;

import org.hum.api.error.ErrorCode;
import org.hum.api.error.RuleViolation;
import org.hum.api.reporting.PartnerKind;
import org.hum.api.reporting.ReportRules;
import org.hum.api.reporting.ReportStatus;
import org.hum.api.reporting.Tlp;

import java.util.List;
import java.util.Set;

/**
 * The steps of a report version (docs/domain.md, "Sanitized reports") as pure rules: each either
 * answers what follows or throws the refusal, 409 {@code report.state} for a step the status does
 * not allow, 409 {@code report.independent-approver} for the author approving, 422
 * {@code report.recipients} for markings that do not hold.
 */
public final class ReportLifecycle {

    /** What an edit does to a version. */
    public enum Edit {
        /** a DRAFT or SUBMITTED version is changed in place and is (again) a DRAFT */
        IN_PLACE,
        /** a RELEASED version stays; the edit is a new DRAFT version */
        NEW_VERSION
    }

    private ReportLifecycle() {
    }

    public static Edit edit(ReportStatus status) {
        return switch (status) {
            case DRAFT, SUBMITTED -> Edit.IN_PLACE;
            case RELEASED -> Edit.NEW_VERSION;
            case WITHDRAWN, SUPERSEDED -> throw state(status, "edited", "Edit the report's latest version, or draft a new report.");
        };
    }

    public static ReportStatus submit(ReportStatus status) {
        if (status != ReportStatus.DRAFT) {
            throw state(status, "submitted", "Only a draft is submitted; edit it to make a draft.");
        }
        return ReportStatus.SUBMITTED;
    }

    /**
     * @param authorId   the version's author
     * @param approverId who approves (already known to see the report and to hold an approving role)
     */
    public static ReportStatus approve(ReportStatus status, String authorId, String approverId) {
        if (authorId.equals(approverId)) {
            throw new RuleViolation(ErrorCode.RULE_VIOLATION, ReportRules.INDEPENDENT_APPROVER,
                    "The author of a report may not approve it.",
                    "Ask a controller or another reports officer cleared for the report to approve it.");
        }
        if (status != ReportStatus.SUBMITTED) {
            throw state(status, "approved", "Only a submitted report is approved; its author submits it first.");
        }
        return ReportStatus.RELEASED;
    }

    /**
     * A withdrawal, named by any open version of the report (a draft, a submission or the released
     * version): it withdraws the whole report. A WITHDRAWN or SUPERSEDED version names none.
     */
    public static ReportStatus withdraw(ReportStatus status) {
        if (!closedByWithdrawal(status)) {
            throw state(status, "withdrawn", "Withdraw the report by its released version or its pending draft.");
        }
        return ReportStatus.WITHDRAWN;
    }

    /** Whether a withdrawal of its report makes the version WITHDRAWN: a draft, a submission and the released version do. */
    public static boolean closedByWithdrawal(ReportStatus status) {
        return status == ReportStatus.DRAFT || status == ReportStatus.SUBMITTED || status == ReportStatus.RELEASED;
    }

    /**
     * Whether releasing a version under its markings regrades the released version it follows:
     * null when TLP and releasability (partner kinds and named recipients) are the same, else the
     * reason the recall carries.
     */
    public static String regrade(String fromTlp, Set<String> fromReleasability, String toTlp, Set<String> toReleasability) {
        if (!fromTlp.equals(toTlp)) {
            return "regraded to TLP:" + toTlp;
        }
        return fromReleasability.equals(toReleasability) ? null : "releasability changed";
    }

    /** Whether the version's markings may be released: TLP:RED names its recipients only; every other names someone. */
    public static void checkRecipients(Tlp tlp, List<PartnerKind> kinds, List<String> recipients) {
        boolean noKinds = kinds == null || kinds.isEmpty();
        boolean noNames = recipients == null || recipients.isEmpty();
        if (tlp == Tlp.RED && (noNames || !noKinds)) {
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, ReportRules.RECIPIENTS,
                    "A TLP:RED report goes only to the recipients it names.",
                    "Name each recipient organisation in recipients and leave releasableTo empty, or choose another marking.");
        }
        if (noKinds && noNames) {
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, ReportRules.RECIPIENTS,
                    "The report names no one it may be released to.",
                    "Name the partner kinds in releasableTo, or the partner organisations in recipients.");
        }
    }

    private static RuleViolation state(ReportStatus status, String step, String remedy) {
        return new RuleViolation(ErrorCode.RULE_VIOLATION, ReportRules.STATE,
                "A " + status + " report version cannot be " + step + ".", remedy);
    }
}
