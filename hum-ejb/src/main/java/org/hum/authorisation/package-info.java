/**
 * Authorisations of the use of a source and their computed clocks, otherwise-illegal-activity
 * authorisations with their notification deadlines, and instructions given before a witness
 * (docs/domain.md, "Lifecycle" 4-5, "Otherwise illegal activity (OIA) / criminal conduct authorisation"). Every due date is
 * computed from {@code Rules.current()} by the {@code @RuleClock}; nobody types one.
 */
package org.hum.authorisation;
