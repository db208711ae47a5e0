package org.hum.api.authorisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An otherwise-illegal-activity authorisation. status: GRANTED, CANCELLED or REVOKED (the
 * source was deactivated); {@code inForce} is GRANTED and today within startsOn..endsOn.
 */
public record OiaView(
        String id,
        String sourceId,
        String status,
        boolean inForce,
        String conduct,
        LocalDate startsOn,
        LocalDate endsOn,
        Instant grantedAt,
        String grantedBy,
        Instant acknowledgedAt,
        String acknowledgmentWitness,
        Instant endedAt,
        String endedBy,
        String endReason,
        List<OiaNotificationView> notifications) {

    public OiaView {
        notifications = notifications == null ? List.of() : List.copyOf(notifications);
    }

    @Override
    public String toString() {
        return "OiaView[id=" + id + ", status=" + status + ", startsOn=" + startsOn + ", endsOn=" + endsOn + ", ***]";
    }
}
