package org.hum.api.oversight;

import java.time.LocalDate;

/**
 * A file whose retention period has ended or ends within the due lists' window, for review:
 * destroy it (a request) or keep it. {@code pendingRequestId} names a destruction already asked for.
 */
public record RetentionDueView(String sourceId, String codeName, String status, LocalDate retentionEndsOn,
                               String pendingRequestId) {
}
