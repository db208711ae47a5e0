package org.hum.api.prospect;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A prospect as the caller may see it. {@code workingName} and contact notes are shown to case
 * officers and controllers; a compliance reviewer sees the counts, dates and drift.
 * {@code statusDrift} is true once contacts reach the rule profile's count or span its days;
 * {@code registrationDueOn} is the day drift began or begins (null with no contact).
 * {@code status} is OPEN, REGISTERED (then {@code sourceId} names the file) or CLOSED (then
 * {@code closureReason} says why).
 */
public record ProspectView(
        String id,
        String workingName,
        String compartment,
        String classification,
        String status,
        String createdBy,
        Instant createdAt,
        int contacts,
        LocalDate firstContact,
        LocalDate lastContact,
        boolean statusDrift,
        String driftReason,
        LocalDate registrationDueOn,
        String sourceId,
        List<ProspectContactView> contactLog,
        String closureReason) {

    @Override
    public String toString() {
        return "ProspectView[" + id + ", " + status + "]";
    }
}
