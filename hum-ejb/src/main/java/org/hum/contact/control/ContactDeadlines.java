package org.hum.contact.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.hum.config.control.InLists;
import jakarta.inject.Inject;
import org.hum.rules.control.Deadline;
import org.hum.rules.control.DeadlineSource;
import org.hum.rules.control.FileQuery;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.Source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The contact feature's due dates: {@code CONTACT_DUE}, the next contact planned by a source's
 * latest contact reported (its current version), on the planned day, until a later contact is
 * reported. Read from each file's latest contact as {@link ContactState} keeps it, not from every
 * report. Destroyed files have none; each line carries its source's label.
 */
@ApplicationScoped
public class ContactDeadlines implements DeadlineSource {
    public static final String CONTACT_DUE = "CONTACT_DUE";

    @Inject
    ContactState state;

    @Inject
    SourceStore sources;

    @Override
    public boolean gives(String kind) {
        return CONTACT_DUE.equals(kind);
    }

    @Override
    public List<Deadline> deadlines(LocalDate today) {
        return deadlines(state.duePlanned());
    }

    @Override
    public List<Deadline> deadlinesOf(LocalDate today, Set<String> sourceIds) {
        return deadlines(state.duePlanned(sourceIds));
    }

    /** Found on the files' contact state, at once: a file joins or leaves the register's overdue filter with its latest report. */
    @Override
    public Optional<FileQuery> overdueNow(LocalDate today) {
        return Optional.of(state.overdueFiles(today));
    }

    @Override
    public Set<String> kindsFoundNow() {
        return Set.of(CONTACT_DUE);
    }

    /** Each file's latest contact that plans another (one a file, kept by ContactState). */
    private List<Deadline> deadlines(List<ContactRules.Contact> planned) {
        Map<String, ContactRules.Contact> due = new LinkedHashMap<>();
        planned.forEach(c -> due.put(c.sourceId(), c));
        List<Deadline> out = new ArrayList<>();
        for (List<String> chunk : InLists.chunks(due.keySet())) {
            // system work over ids: the line carries the label, and each list shows it only to those who may see it
            Map<String, Source> files = sources.unrestricted(chunk);
            for (String sourceId : chunk) {
                Source source = files.get(sourceId);
                ContactRules.Contact c = due.get(sourceId);
                if (source != null && !source.isDestroyed()) {
                    out.add(new Deadline("CONTACT_REPORT", c.reportId(), sourceId, CONTACT_DUE,
                            source.codeName() + ": next contact planned", ContactRules.day(c.nextContactAt()), source.label()));
                }
            }
        }
        return List.copyOf(out);
    }
}
