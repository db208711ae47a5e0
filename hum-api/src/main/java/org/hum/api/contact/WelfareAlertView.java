package org.hum.api.contact;

import java.time.Instant;

/** A welfare or security concern raised at a contact, for the controllers, until one acknowledges it. */
public record WelfareAlertView(String id, String sourceId, String codeName, String contactReportId, boolean welfare,
                               boolean security, String raisedBy, Instant raisedAt, String acknowledgedBy,
                               Instant acknowledgedAt) {
}
