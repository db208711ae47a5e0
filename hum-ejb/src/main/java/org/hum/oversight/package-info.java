/**
 * Oversight (docs/domain.md, "Oversight"): the error register. A compliance reviewer records a
 * relevant error against a file they may see; its deadline for reporting to the oversight body is
 * the rule profile's {@code errorReportingWorkingDays} after the day it was found, counting
 * working days only (weekends and the installation's public holidays do not count); it is on the
 * due lists until reported; reporting and closing are recorded and audited. What happened is
 * encrypted under the file's own data key, like every other text about a source.
 */
package org.hum.oversight;
