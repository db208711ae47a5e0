package org.hum.api.reporting;

/**
 * One identifying detail the check found: its kind, the field it is in ({@code title},
 * {@code releasableText}, {@code subject}, {@code area}, {@code purpose}, or a withdrawal's
 * {@code reason}) and where, as character offsets into that
 * field as sent ({@code start} inclusive, {@code end} exclusive). Never the matched text itself.
 */
public record ReportFinding(FindingKind kind, String field, int start, int end) {
}
