package org.hum.dashboard.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.hum.source.control.SourceTexts;

/** A workspace mark's note: under the file's own data key. */
@ApplicationScoped
public class WorkspaceTexts extends SourceTexts {
}
