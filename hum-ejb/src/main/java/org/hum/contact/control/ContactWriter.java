package org.hum.contact.control;

import org.hum.config.control.Ports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.access.control.Viewer;
import org.hum.api.contact.ContactReportRequest;
import org.hum.api.contact.IntelligenceItemInput;
import org.hum.api.contact.OtherPresent;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.FieldError;
import org.hum.api.error.HumException;
import org.hum.audit.control.AuditTrail;
import org.hum.contact.entity.ContactAttendee;
import org.hum.contact.entity.ContactItem;
import org.hum.contact.entity.ContactReport;
import org.hum.contact.entity.RiskEntry;
import org.hum.contact.entity.WelfareAlert;
import org.hum.crypto.control.DataKey;
import org.hum.tasking.control.TaskingRegister;
import org.hum.source.control.SourceFiles;
import org.hum.source.entity.Source;
import org.hum.vetting.control.GradingVocabulary.InformationGrade;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Checks what a version refers to (users present, taskings answered) and writes it: the version,
 * who was present, its items, and, for a concern it raises, the risk assessment entry and the
 * alert to the controllers. Called by the boundary after every rule has passed, so that a
 * refusal writes nothing.
 */
@ApplicationScoped
public class ContactWriter {
    @Inject
    Ports ports;

    @Inject
    ContactRecords records;

    @Inject
    ContactState state;

    @Inject
    ContactCipher cipher;

    @Inject
    TaskingRegister taskings;

    @Inject
    AuditTrail audit;

    @Inject
    SourceFiles files;

    /** What the checks found, for {@link #write}. */
    public record Checked(List<InformationGrade> grades, List<String> taskingIds, List<String> userIds, List<String> ports) {
    }

    /** The users present exist (400 naming the field otherwise) and each tasking is an open one of this source (422). */
    public Checked check(Source source, ContactReportRequest r, List<InformationGrade> grades, Viewer recorder) {
        return check(source, r, grades, java.util.Set.of(), recorder);
    }

    /**
     * As above, for a correction: {@code kept} are the taskings the corrected version's items
     * answered. The recorder, usually among those present, is known without a look-up.
     */
    public Checked check(Source source, ContactReportRequest r, List<InformationGrade> grades, java.util.Set<String> kept,
                         Viewer recorder) {
        List<String> userIds = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < r.presentUsers().size(); i++) {
            String name = r.presentUsers().get(i);
            var user = name == null ? java.util.Optional.<String>empty()
                    : name.strip().equals(recorder.username()) ? java.util.Optional.of(recorder.userId())
                    : records.userIdByName(name.strip());
            if (user.isEmpty()) {
                errors.add(new FieldError("presentUsers[" + i + "]", "is not a user: name users present by their username"));
            } else if (!userIds.contains(user.get())) {
                userIds.add(user.get());
            }
        }
        if (!errors.isEmpty()) {
            throw new HumException(ErrorCode.INVALID_INPUT, "The contact report has invalid fields.", errors);
        }
        List<String> taskingIds = new ArrayList<>();
        List<String> itemPorts = new ArrayList<>();
        for (int i = 0; i < r.items().size(); i++) {
            String port = ContactRules.strip(r.items().get(i).port());
            // an item's port: the one it names (in service), else its tasking's
            String named = port == null ? null : ports.inService(List.of(port), "items[" + i + "].port").get(0);
            String asked = ContactRules.strip(r.items().get(i).taskingId());
            if (asked == null) {
                taskingIds.add(null);
                itemPorts.add(named);
                continue;
            }
            String canonical = SourceFiles.canonical(asked);
            var found = canonical == null ? java.util.Optional.<TaskingRegister.TaskingFact>empty() : taskings.tasking(canonical);
            TaskingRegister.TaskingFact fact = ContactRules.requireTasking(found, source.id(), i, kept);
            taskingIds.add(fact.id());
            itemPorts.add(named != null ? named : fact.port());
        }
        return new Checked(grades, taskingIds, userIds, itemPorts);
    }

    /**
     * Writes one version. {@code previous} is the version it corrects (null for a new report):
     * a concern is raised only where the previous version did not already raise the same one.
     */
    /**
     * A version just written, with what its view rests on as written (its attendees and items; no
     * payment rests on it yet), so that the answer to a submission need not read them back.
     */
    public record Written(ContactReport row, ContactViews.Prefetched known) {
    }

    public Written write(Source source, ContactReportRequest r, Checked checked, String reportId, int version,
                               ContactReport previous, String correctionReason, String userId, Instant now,
                               String idempotencyKey, String fingerprint) {
        String id = UUID.randomUUID().toString();
        DataKey key = cipher.key(source);
        now = micros(now); // what the database keeps (TIMESTAMP(6)), so that what is answered now reads the same later
        ContactReport row = new ContactReport(id, source.id(), reportId == null ? id : reportId, version,
                micros(r.occurredAt()), r.method().name(), r.durationMinutes(), micros(r.nextContactAt()), r.welfareConcern(), r.securityConcern(), userId,
                now, idempotencyKey);
        row.protectedTexts(key.version(),
                cipher.seal(key, ContactReport.ENTITY, ContactReport.PLACE, id, r.place()),
                cipher.seal(key, ContactReport.ENTITY, ContactReport.NARRATIVE, id, r.narrative()),
                r.welfareConcern() ? cipher.seal(key, ContactReport.ENTITY, ContactReport.WELFARE_TEXT, id, r.welfareText()) : null,
                r.securityConcern() ? cipher.seal(key, ContactReport.ENTITY, ContactReport.SECURITY_TEXT, id, r.securityText()) : null,
                cipher.seal(key, ContactReport.ENTITY, ContactReport.CORRECTION_REASON, id, correctionReason),
                idempotencyKey == null ? null
                        : cipher.seal(key, ContactReport.ENTITY, ContactReport.REQUEST_FINGERPRINT, id, fingerprint));
        records.add(row);
        flush(); // attendees, items, risk entries and alerts refer to it
        int position = 0;
        List<ContactAttendee> attendees = new ArrayList<>();
        List<ContactItem> items = new ArrayList<>();
        for (String userIdPresent : checked.userIds()) {
            ContactAttendee a = new ContactAttendee(UUID.randomUUID().toString(), id, position++, userIdPresent, null);
            a.protectedDescription(key.version(), null);
            records.add(a);
            attendees.add(a);
        }
        for (OtherPresent o : r.othersPresent()) {
            String aid = UUID.randomUUID().toString();
            ContactAttendee a = new ContactAttendee(aid, id, position++, null, o.role().name());
            a.protectedDescription(key.version(), cipher.seal(key, ContactAttendee.ENTITY, ContactAttendee.DESCRIPTION, aid,
                    o.description()));
            records.add(a);
            attendees.add(a);
        }
        for (int i = 0; i < r.items().size(); i++) {
            IntelligenceItemInput in = r.items().get(i);
            InformationGrade grade = checked.grades().get(i);
            String iid = UUID.randomUUID().toString();
            ContactItem item = new ContactItem(iid, id, i, grade.credibility(), grade.handling(), checked.taskingIds().get(i),
                    checked.ports().get(i));
            item.protectedText(key.version(), cipher.seal(key, ContactItem.ENTITY, ContactItem.TEXT, iid, in.text()));
            records.add(item);
            items.add(item);
        }
        String label = files.label(source);
        String previousWelfare = previous == null ? null : open(source, previous, ContactReport.WELFARE_TEXT, previous.welfareText());
        String previousSecurity = previous == null ? null : open(source, previous, ContactReport.SECURITY_TEXT, previous.securityText());
        boolean welfare = ContactRules.raises(r.welfareConcern(), r.welfareText(), previous != null && previous.welfareConcern(),
                previousWelfare);
        boolean security = ContactRules.raises(r.securityConcern(), r.securityText(),
                previous != null && previous.securityConcern(), previousSecurity);
        if (welfare) {
            risk(source, key, RiskEntry.WELFARE, id, r.welfareText(), userId, now, label);
        }
        if (security) {
            risk(source, key, RiskEntry.SECURITY, id, r.securityText(), userId, now, label);
        }
        if (welfare || security) {
            WelfareAlert alert = new WelfareAlert(UUID.randomUUID().toString(), source.id(), id, welfare, security, userId, now);
            records.add(alert);
            audit.record("WELFARE_ALERT_RAISED", "WELFARE_ALERT", alert.id(), label, AuditTrail.SUCCESS);
        }
        state.written(row); // the file's latest contact and unanswered plans, under its row lock
        flush();
        return new Written(row, new ContactViews.Prefetched(Map.of(id, List.copyOf(attendees)), Map.of(id, List.copyOf(items)),
                PaymentRegister.AtContacts.NONE, null));
    }

    private void risk(Source source, DataKey key, String kind, String contactId, String text, String userId, Instant now,
                      String label) {
        String rid = UUID.randomUUID().toString();
        RiskEntry entry = new RiskEntry(rid, source.id(), kind, contactId, userId, now);
        entry.protectedText(key.version(), cipher.seal(key, RiskEntry.ENTITY, RiskEntry.TEXT, rid, text));
        records.add(entry);
        audit.record("RISK_ASSESSMENT_UPDATED", "SOURCE", source.id(), label, AuditTrail.SUCCESS);
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private String open(Source source, ContactReport v, String column, byte[] envelope) {
        return cipher.open(source, v.dekVersion(), ContactReport.ENTITY, column, v.id(), envelope);
    }

    /** Writes what is pending; a lost race (same key committed first, a deadlock) becomes {@link SubmissionRaced}. */
    private void flush() {
        try {
            records.flush();
        } catch (RuntimeException e) {
            throw SubmissionRaced.of(e).orElseThrow(() -> e);
        }
    }
}
