package org.hum.oversight.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.oversight.entity.RelevantError;
import org.hum.rules.control.Deadline;
import org.hum.rules.control.DeadlineSource;
import org.hum.rules.control.Rules;
import org.hum.source.control.SourceFiles;
import org.hum.source.entity.Source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** ERROR_REPORT_DUE for every relevant error not yet reported, on its computed deadline. */
@ApplicationScoped
public class ErrorDeadlines implements DeadlineSource {
    public static final String DUE = "ERROR_REPORT_DUE";

    @Inject
    ErrorRegisterStore store;

    @Inject
    SourceFiles files;

    @Inject
    Rules rules;

    @Inject
    PublicHolidays holidays;

    @Override
    public boolean gives(String kind) {
        return DUE.equals(kind);
    }

    @Override
    public List<Deadline> deadlines(LocalDate today) {
        return deadlines(store.unreported());
    }

    /** The errors of these files only, read as such: a register page reads none of the others. */
    @Override
    public List<Deadline> deadlinesOf(LocalDate today, Set<String> sourceIds) {
        return sourceIds.isEmpty() ? List.of() : deadlines(store.unreportedOf(sourceIds));
    }

    private List<Deadline> deadlines(List<RelevantError> unreported) {
        int n = rules.current().errorReportingWorkingDays();
        Map<String, Optional<Source>> sources = new HashMap<>();
        List<Deadline> out = new ArrayList<>();
        for (RelevantError e : unreported) {
            Source s = sources.computeIfAbsent(e.sourceId(), files::unrestricted).filter(x -> !x.isDestroyed()).orElse(null);
            if (s == null) {
                continue;
            }
            out.add(new Deadline("RELEVANT_ERROR", e.id(), s.id(), DUE, "A relevant error (" + e.kind() + ") on "
                    + s.codeName() + ", found " + e.foundOn() + ", is to be reported to the oversight body",
                    WorkingDays.after(e.foundOn(), n, holidays.days()), s.label()));
        }
        return out;
    }
}
