package org.hum.api.authorisation;

import java.time.Instant;
import java.util.Set;

/**
 * An amendment of an authorisation: the activities it adds, why, and who applied and granted.
 *
 * @param status APPLIED, then GRANTED (the activities are added to the authorisation)
 */
public record AmendmentView(String id, String authorisationId, String sourceId, Set<AuthorisedActivity> activities,
                            String reason, String status, Instant appliedAt, String appliedBy, Instant grantedAt,
                            String grantedBy) {

    @Override
    public String toString() {
        return "AmendmentView[id=" + id + ", authorisationId=" + authorisationId + ", status=" + status + ", ***]";
    }
}
