package org.hum.api.contact;

import java.time.Instant;

/** One entry of a source's risk assessment (append-only): a welfare or security concern and what was said. */
public record RiskEntryView(String id, String kind, String text, String contactReportId, String recordedBy,
                            Instant recordedAt) {
}
