package org.hum.rules.control;

import org.hum.api.error.ErrorCode;
import org.hum.api.error.RuleViolation;

/**
 * One rule that forbids an action, with what would satisfy it.
 *
 * @param rule    stable id, such as {@code authorisation.current}
 * @param code    409 for the source's state, 422 for something missing from the request
 * @param reason  why, for a person, naming no identity
 * @param remedy  what would satisfy the rule
 */
public record Refusal(String rule, ErrorCode code, String reason, String remedy) {

    public RuleViolation toViolation() {
        return new RuleViolation(code, rule, reason, remedy);
    }
}
