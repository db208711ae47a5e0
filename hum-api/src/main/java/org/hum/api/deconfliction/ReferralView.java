package org.hum.api.deconfliction;

import java.time.Instant;
import java.util.List;

/**
 * A deconfliction referral in a controller's work list: who asked, from which unit, and the
 * files involved, each shown only as far as this controller may see that file. For a check: its
 * {@code purpose} and the officer's prospect ({@code prospectId}, only if this controller may see
 * it); once released, the {@code outcome} and {@code note} the officer reads. A check with no
 * match lists no files.
 */
public record ReferralView(String id, Instant createdAt, String origin, String status, String requestedBy,
                           String requestingUnit, List<ReferralFile> files, String purpose, String prospectId,
                           String outcome, String note) {

    /**
     * One file of a referral: {@code MATCHED} (an existing file the identifiers matched) or
     * {@code NEW} (the file being registered). Source number, code name and compartment are
     * present only if the controller may see that file ({@code visible}).
     */
    public record ReferralFile(String role, boolean visible, String sourceNumber, String codeName,
                               String compartment, List<String> matchedOn) {
    }
}
