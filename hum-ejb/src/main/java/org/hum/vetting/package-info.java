/**
 * Validation and grading (docs/domain.md, "Lifecycle" 3 and 7, "Grading"): the
 * findings of initial and periodic validations, the conclusion by a reviewer who is not the
 * handler, dissents beside it, the validation clock and the enhanced review after long
 * continuous use (counted across short deactivations), the tenure-gaming flag, and the
 * source's reliability grade with its history. The rules are pure functions in
 * {@code control} ({@link org.hum.vetting.control.ContinuousUse},
 * {@link org.hum.vetting.control.VettingRules}, {@link org.hum.vetting.control.GradingVocabulary}).
 */
package org.hum.vetting;
