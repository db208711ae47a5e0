package org.hum.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.hum.source.control.SourceTexts;

/**
 * A report's texts (title, notes, releasable text, subject, area) sealed under the data key of
 * its key file (the first file it draws on), bound to table, column and row, as contact texts are.
 */
@ApplicationScoped
public class ReportTexts extends SourceTexts {
}
