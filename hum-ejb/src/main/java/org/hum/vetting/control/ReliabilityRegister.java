package org.hum.vetting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.vetting.entity.SourceGrade;

import java.util.Optional;

/**
 * The read port vetting offers the features above it: a file's reliability grade as it stands
 * (the newest grade given), for a sanitized report to carry over (docs/domain.md, "Grading";
 * "Sanitized reports"). The caller has resolved the file under the viewer's access rule.
 */
@ApplicationScoped
public class ReliabilityRegister {
    @Inject
    VettingRecords records;

    /** The newest reliability grade of the file, if it was ever graded. */
    public Optional<String> current(String sourceId) {
        return records.grades(sourceId).stream().findFirst().map(SourceGrade::grade);
    }
}
