/**
 * Authorisations of the use of a source, otherwise-illegal-activity authorisations and
 * instructions (docs/domain.md, "Lifecycle" 4-5, "Otherwise illegal activity (OIA) / criminal conduct authorisation"). Every due date in
 * these views is computed by the system from the rule profile; no request carries one.
 * Records holding protected free text never print it in {@code toString}.
 */
package org.hum.api.authorisation;
