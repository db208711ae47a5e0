package org.hum.api.rules;

import java.time.Instant;
import java.util.List;

/**
 * The deployment's rule profile as it is in force now ({@code GET /api/rule-profile}).
 *
 * @param figures        every figure, in the form a change takes
 * @param shippedFigures whether the figures are exactly those the profile ships with
 * @param changedAt      when it was last chosen or tuned
 * @param changedBy      who did it ({@code system} at first start)
 * @param choices        the profiles that may be chosen
 */
public record RuleProfileView(RuleProfileSettings figures, boolean shippedFigures, Instant changedAt,
                              String changedBy, List<String> choices) {
}
