package org.hum.contact.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.contact.entity.ContactReport;
import org.hum.rules.control.Deadline;
import org.hum.rules.control.DeadlineSource;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.Source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The contact feature's due dates: {@code CONTACT_DUE}, the next contact planned by a source's
 * latest contact reported (its current version), on the planned day, until a later contact is
 * reported. Destroyed files have none; each line carries its source's label.
 */
@ApplicationScoped
public class ContactDeadlines implements DeadlineSource {
    public static final String CONTACT_DUE = "CONTACT_DUE";

    @Inject
    ContactRecords records;

    @Inject
    SourceStore sources;

    @Override
    public List<Deadline> deadlines(LocalDate today) {
        Map<String, List<ContactRules.Contact>> bySource = ContactRecords.current(records.allVersions()).stream()
                .map(ContactDeadlines::contact).collect(Collectors.groupingBy(ContactRules.Contact::sourceId));
        List<Deadline> out = new ArrayList<>();
        bySource.forEach((sourceId, contacts) -> ContactRules.due(contacts).ifPresent(c -> {
            // system work over ids: the line carries the label, and each list shows it only to those who may see it
            Source source = sources.unrestricted(sourceId).orElse(null);
            if (source != null && !source.isDestroyed()) {
                out.add(new Deadline("CONTACT_REPORT", c.reportId(), sourceId, CONTACT_DUE,
                        source.codeName() + ": next contact planned", ContactRules.day(c.nextContactAt()), source.label()));
            }
        }));
        return List.copyOf(out);
    }

    static ContactRules.Contact contact(ContactReport v) {
        return new ContactRules.Contact(v.id(), v.reportId(), v.sourceId(), v.occurredAt(), v.nextContactAt());
    }
}
