package org.hum.api.error;

/**
 * A hard stop (docs/domain.md, "Rule profiles"): the action is refused because a rule of the
 * deployment's rule profile forbids it. Carries the rule's stable id and what would satisfy
 * it, so that the person refused knows what to do next. The problem document adds both as
 * the members {@code rule} and {@code remedy}.
 */
public class RuleViolation extends HumException {
    private static final long serialVersionUID = 1L;

    private final String rule;
    private final String remedy;

    public RuleViolation(ErrorCode code, String rule, String detail, String remedy) {
        this(code, rule, detail, remedy, "");
    }

    /** As above, with {@code others}: the other rules that refuse the same action, said after the remedy. */
    public RuleViolation(ErrorCode code, String rule, String detail, String remedy, String others) {
        super(code, detail + " To go on: " + remedy + (others == null || others.isBlank() ? "" : " " + others));
        if (code != ErrorCode.RULE_VIOLATION && code != ErrorCode.UNPROCESSABLE) {
            throw new IllegalArgumentException("a rule violation answers 409 or 422, not " + code);
        }
        this.rule = rule;
        this.remedy = remedy;
    }

    /** The rule's stable id, such as {@code authorisation.current}. */
    public String rule() {
        return rule;
    }

    /** What would satisfy the rule. */
    public String remedy() {
        return remedy;
    }
}
