/**
 * Sanitized reports (docs/domain.md, "Sanitized reports"): reports drawn from graded contact
 * items, with a restricted part above the tearline and a releasable part below it, the
 * identifying-detail check, the approved source descriptions and watch terms that controllers
 * keep, and the dissemination log.
 */
package org.hum.api.reporting;
