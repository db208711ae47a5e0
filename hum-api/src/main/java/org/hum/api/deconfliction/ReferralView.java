package org.hum.api.deconfliction;

import java.time.Instant;
import java.util.List;

/**
 * A deconfliction referral in a controller's work list: who asked, from which unit, and the
 * files involved, each shown only as far as this controller may see that file.
 */
public record ReferralView(String id, Instant createdAt, String origin, String status, String requestedBy,
                           String requestingUnit, List<ReferralFile> files) {

    /**
     * One file of a referral: {@code MATCHED} (an existing file the identifiers matched) or
     * {@code NEW} (the file being registered). Source number, code name and compartment are
     * present only if the controller may see that file ({@code visible}).
     */
    public record ReferralFile(String role, boolean visible, String sourceNumber, String codeName,
                               String compartment, List<String> matchedOn) {
    }
}
