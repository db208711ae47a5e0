package org.hum.api.payment;

import jakarta.validation.constraints.Min;

/**
 * The (optional) body of {@code POST /api/payments/{id}/approvals}.
 *
 * @param step the step to approve (1-based); when absent, the most demanding step still pending
 *             that the caller may approve
 */
public record ApprovalRequest(@Min(value = 1, message = "must be a step number, from 1") Integer step) {
}
