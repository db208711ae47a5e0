/**
 * Validation and grading (docs/domain.md, "Lifecycle" 3 and 7, "Grading"): the findings of a
 * validation, its conclusion by an independent reviewer, dissents, the computed validation
 * clock, and the source's reliability grade with its history.
 */
package org.hum.api.vetting;
