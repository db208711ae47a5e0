package org.hum.contact.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.api.contact.ContactMethod;
import org.hum.api.contact.ContactReportView;
import org.hum.api.contact.ContactVersionView;
import org.hum.api.contact.IntelligenceItemView;
import org.hum.api.contact.PaymentAtContactView;
import org.hum.api.contact.PresentRole;
import org.hum.api.contact.PresentView;
import org.hum.api.contact.RiskEntryView;
import org.hum.api.contact.WelfareAlertView;
import org.hum.contact.entity.ContactAttendee;
import org.hum.contact.entity.ContactItem;
import org.hum.contact.entity.ContactReport;
import org.hum.contact.entity.RiskEntry;
import org.hum.contact.entity.WelfareAlert;
import org.hum.tasking.control.TaskingRegister;
import org.hum.source.entity.Source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Builds what a caller the boundary has checked is shown: texts decrypted, users by username. */
@ApplicationScoped
public class ContactViews {
    @Inject
    ContactRecords records;

    @Inject
    ContactCipher cipher;

    @Inject
    TaskingRegister taskings;

    @Inject
    PaymentRegister payments;

    /**
     * What the views of a page of a file's reports rest on, read once for the page (its attendees,
     * items, payments at contacts, and the file's taskings), so that a list of its reports sends the
     * same statements however many there are (docs/performance.md, "Statements per request").
     * Null maps: read per version.
     */
    public record Prefetched(Map<String, List<ContactAttendee>> attendees, Map<String, List<ContactItem>> items,
                             PaymentRegister.AtContacts payments,
                             Map<String, TaskingRegister.TaskingFact> taskings) {
        static final Prefetched NONE = new Prefetched(null, null, null, null);
    }

    /** What the views of these versions rest on (a page of a file's reports), in four reads. */
    public Prefetched prefetch(Source source, List<ContactReport> versions) {
        List<String> ids = versions.stream().map(ContactReport::id).toList();
        Map<String, List<ContactAttendee>> attendees = records.attendeesOf(ids).stream()
                .sorted(Comparator.comparingInt(ContactAttendee::position))
                .collect(Collectors.groupingBy(ContactAttendee::contactId));
        Map<String, List<ContactItem>> items = records.itemsOf(ids).stream()
                .sorted(Comparator.comparingInt(ContactItem::position))
                .collect(Collectors.groupingBy(ContactItem::contactId));
        Map<String, TaskingRegister.TaskingFact> byId = taskings.taskings(items.values().stream().flatMap(List::stream)
                .map(ContactItem::taskingId).filter(java.util.Objects::nonNull).toList());
        return new Prefetched(attendees, items, payments.atContacts(ids), byId);
    }

    public ContactReportView report(Source source, List<ContactReport> versions, boolean mayCorrect, Map<String, String> names) {
        return report(source, versions, mayCorrect, names, Prefetched.NONE);
    }

    public ContactReportView report(Source source, List<ContactReport> versions, boolean mayCorrect, Map<String, String> names,
                                    Prefetched known) {
        List<ContactVersionView> views = new ArrayList<>();
        List<PaymentAtContactView> paid = new ArrayList<>();
        PaymentRegister.AtContacts at = known.payments() != null ? known.payments()
                : payments.atContacts(versions.stream().map(ContactReport::id).toList());
        int total = 0;
        boolean atLeast = false;
        for (ContactReport v : versions) {
            views.add(version(source, v, names, known));
            at.shown().getOrDefault(v.id(), List.of()).forEach(p -> paid.add(new PaymentAtContactView(p.id(), v.id(), p.amount(),
                    p.currency(), p.kind(), p.status())));
            int n = at.counts().getOrDefault(v.id(), 0);
            total += n;
            atLeast |= n >= PaymentRegister.COUNTED;
        }
        ContactReport first = versions.get(0);
        return new ContactReportView(first.reportId(), source.id(), source.codeName(), views.get(views.size() - 1),
                List.copyOf(views), List.copyOf(paid), total, atLeast, mayCorrect);
    }

    public ContactVersionView version(Source source, ContactReport v, Map<String, String> names) {
        return version(source, v, names, Prefetched.NONE);
    }

    private ContactVersionView version(Source source, ContactReport v, Map<String, String> names, Prefetched known) {
        List<PresentView> present = new ArrayList<>();
        for (ContactAttendee a : known.attendees() == null ? records.attendees(v.id()) : known.attendees().getOrDefault(v.id(), List.of())) {
            if (a.userId() != null) {
                present.add(new PresentView(records.username(names, a.userId()), null, null));
            } else {
                present.add(new PresentView(null, a.role() == null ? PresentRole.OTHER : PresentRole.valueOf(a.role()),
                        cipher.open(source, a.dekVersion(), ContactAttendee.ENTITY, ContactAttendee.DESCRIPTION, a.id(),
                                a.description())));
            }
        }
        List<IntelligenceItemView> items = new ArrayList<>();
        for (ContactItem i : known.items() == null ? records.items(v.id()) : known.items().getOrDefault(v.id(), List.of())) {
            Optional<TaskingRegister.TaskingFact> tasking = i.taskingId() == null ? Optional.empty()
                    : known.taskings() != null && known.taskings().containsKey(i.taskingId())
                    ? Optional.of(known.taskings().get(i.taskingId())) : taskings.tasking(i.taskingId());
            String reference = tasking.map(TaskingRegister.TaskingFact::reference).orElse(null);
            items.add(new IntelligenceItemView(i.id(), cipher.open(source, i.dekVersion(), ContactItem.ENTITY, ContactItem.TEXT,
                    i.id(), i.text()), i.credibility(), i.handling(), i.taskingId(), reference, i.port()));
        }
        return new ContactVersionView(v.id(), v.version(), v.occurredAt(), ContactMethod.valueOf(v.method()),
                open(source, v, ContactReport.PLACE, v.place()), v.durationMinutes(),
                open(source, v, ContactReport.NARRATIVE, v.narrative()), List.copyOf(present), List.copyOf(items),
                v.welfareConcern(), open(source, v, ContactReport.WELFARE_TEXT, v.welfareText()), v.securityConcern(),
                open(source, v, ContactReport.SECURITY_TEXT, v.securityText()), v.nextContactAt(),
                records.username(names, v.recordedBy()), v.recordedAt(),
                open(source, v, ContactReport.CORRECTION_REASON, v.correctionReason()));
    }

    public String open(Source source, ContactReport v, String column, byte[] envelope) {
        return cipher.open(source, v.dekVersion(), ContactReport.ENTITY, column, v.id(), envelope);
    }

    public RiskEntryView risk(Source source, RiskEntry r, Map<String, String> names) {
        String reportId = r.contactId() == null ? null : records.version(r.contactId()).map(ContactReport::reportId).orElse(null);
        return new RiskEntryView(r.id(), r.kind(), cipher.open(source, r.dekVersion(), RiskEntry.ENTITY, RiskEntry.TEXT, r.id(),
                r.text()), reportId, records.username(names, r.recordedBy()), r.recordedAt());
    }

    public WelfareAlertView alert(Source source, WelfareAlert a, Map<String, String> names) {
        String reportId = records.version(a.contactId()).map(ContactReport::reportId).orElse(a.contactId());
        return new WelfareAlertView(a.id(), a.sourceId(), source.codeName(), reportId, a.welfare(), a.security(),
                records.username(names, a.raisedBy()), a.raisedAt(), records.username(names, a.acknowledgedBy()),
                a.acknowledgedAt());
    }
}
