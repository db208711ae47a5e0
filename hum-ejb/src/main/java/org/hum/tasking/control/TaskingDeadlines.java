package org.hum.tasking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.rules.control.Deadline;
import org.hum.rules.control.DeadlineSource;
import org.hum.source.control.SourceFiles;
import org.hum.source.entity.Source;
import org.hum.tasking.entity.Tasking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** TASKING_DUE on its due day for every open tasking (issued, acknowledged, in progress) of a live file. */
@ApplicationScoped
public class TaskingDeadlines implements DeadlineSource {
    public static final String DUE = "TASKING_DUE";

    @Inject
    TaskingStore store;

    @Inject
    SourceFiles files;

    @Override
    public boolean gives(String kind) {
        return DUE.equals(kind);
    }

    @Override
    public List<Deadline> deadlines(LocalDate today) {
        Map<String, Optional<Source>> sources = new HashMap<>();
        List<Deadline> out = new ArrayList<>();
        for (Tasking t : store.open()) {
            Source s = sources.computeIfAbsent(t.sourceId(), files::unrestricted).filter(x -> !x.isDestroyed()).orElse(null);
            if (s == null) {
                continue;
            }
            out.add(new Deadline("TASKING", t.id(), s.id(), DUE, "Tasking " + t.reference() + " of " + s.codeName()
                    + " (" + t.priority() + ") falls due", t.dueOn(), s.label()));
        }
        return out;
    }
}
