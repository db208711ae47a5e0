package org.hum.api.payment;

import java.time.Instant;

/**
 * One approval step of a payment.
 *
 * @param step      1-based
 * @param tier      what it is
 * @param whoMay    who may approve it, for a person
 * @param decision  PENDING, APPROVED or REJECTED
 * @param decidedBy username of who decided it; null while pending
 * @param decidedAt when; null while pending
 */
public record ApprovalStepView(int step, ApprovalTier tier, String whoMay, String decision, String decidedBy,
                               Instant decidedAt) {
}
