package org.hum.api.reporting;

import org.hum.api.error.ErrorCode;
import org.hum.api.error.RuleViolation;

import java.util.List;

/**
 * 422 {@code report.identifying-detail}: the check found identifying details. The problem
 * document carries them as the member {@code findings} (kind, field, offsets), never the text.
 */
public class IdentifyingDetailFound extends RuleViolation {
    private static final long serialVersionUID = 1L;

    private final transient List<ReportFinding> findings;

    public IdentifyingDetailFound(List<ReportFinding> findings) {
        super(ErrorCode.UNPROCESSABLE, ReportRules.IDENTIFYING_DETAIL,
                "The report holds " + findings.size() + " identifying detail(s) that may not leave.",
                "Remove or reword the details found, then submit again.");
        this.findings = List.copyOf(findings);
    }

    public List<ReportFinding> findings() {
        return findings;
    }
}
