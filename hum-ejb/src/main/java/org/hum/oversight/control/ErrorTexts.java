package org.hum.oversight.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.hum.source.control.SourceTexts;

/** What happened, and what was done about it, for a relevant error: under the file's own data key. */
@ApplicationScoped
public class ErrorTexts extends SourceTexts {
}
