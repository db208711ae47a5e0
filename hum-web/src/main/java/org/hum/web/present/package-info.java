/**
 * How the pages say things to a person: enumeration constants as words ({@link org.hum.web.present.Words},
 * {@code #{words.of(x)}}), times and days in a readable form with their zone (the Faces converter
 * {@code hum.time}, {@link org.hum.web.present.TimeConverter}), and the downloads a page offers as a
 * button ({@link org.hum.web.present.AuditExportServlet}).
 */
package org.hum.web.present;
