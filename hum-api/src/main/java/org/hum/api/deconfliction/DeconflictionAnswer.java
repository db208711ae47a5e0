package org.hum.api.deconfliction;

/**
 * The answer to a check, the same for a match and for no match: the check's id and
 * {@code REFERRED} (every check goes to the controllers, who decide what the officer is told;
 * the officer reads that at {@code GET /api/deconfliction/checks/{checkId}}).
 */
public record DeconflictionAnswer(String checkId, String status) {
    public static final String REFERRED = "REFERRED";
}
