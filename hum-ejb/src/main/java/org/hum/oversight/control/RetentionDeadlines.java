package org.hum.oversight.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.rules.control.Deadline;
import org.hum.rules.control.DeadlineSource;
import org.hum.source.control.SourceFiles;
import org.hum.source.entity.Source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * RETENTION_REVIEW_DUE for every live file no longer in use, on the day its retention period
 * ends (docs/domain.md, "Retention and destruction (step 9)"): its reviewers and controllers see
 * it on their due lists until it is destroyed or the source is reactivated.
 */
@ApplicationScoped
public class RetentionDeadlines implements DeadlineSource {
    public static final String DUE = "RETENTION_REVIEW_DUE";

    @Inject
    RetentionClock clock;

    @Inject
    SourceFiles files;

    @Override
    public boolean gives(String kind) {
        return DUE.equals(kind);
    }

    @Override
    public List<Deadline> deadlines(LocalDate today) {
        return deadlines(clock.inactiveFiles());
    }

    /** Only these files' (a page of the register): their retention and their rows read in a statement or two. */
    @Override
    public List<Deadline> deadlinesOf(LocalDate today, Set<String> sourceIds) {
        return deadlines(clock.inactiveFiles(sourceIds));
    }

    private List<Deadline> deadlines(Map<String, RetentionClock.Retention> inactive) {
        Map<String, Source> found = files.unrestricted(inactive.keySet());
        List<Deadline> out = new ArrayList<>();
        for (Map.Entry<String, RetentionClock.Retention> e : inactive.entrySet()) {
            Source s = found.get(e.getKey());
            if (s == null || s.isDestroyed()) {
                continue;
            }
            LocalDate ends = e.getValue().endsOn();
            out.add(new Deadline("SOURCE", s.id(), s.id(), DUE, "The retention period of " + s.codeName() + " ends on "
                    + ends + ": review the file and request its destruction or keep it", ends, s.label()));
        }
        return out;
    }
}
