package org.hum.contact.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.hum.contact.entity.ContactAttendee;
import org.hum.contact.entity.ContactDraft;
import org.hum.contact.entity.ContactItem;
import org.hum.contact.entity.ContactReport;
import org.hum.contact.entity.RiskEntry;
import org.hum.keys.control.DataKeyRotated;
import org.hum.source.control.FileRekeying;

/**
 * The texts of a file's contact reports, drafts and risk assessment follow its data key
 * ({@link FileRekeying}). Only the ciphertext columns change (the grants allow nothing else on
 * the report tables); a draft's JSON moves byte for byte.
 */
@ApplicationScoped
public class ContactRekeying {
    @Inject
    FileRekeying rekeying;

    @Inject
    ContactRecords records;

    void rekey(@Observes DataKeyRotated rotated) {
        rekeying.run(rotated, file -> {
            for (ContactReport v : records.versionsOfSource(file.sourceId())) {
                if (file.due(v.dekVersion())) {
                    String e = ContactReport.ENTITY;
                    v.protectedTexts(file.version(), file.move(e, ContactReport.PLACE, v.id(), v.place()),
                            file.move(e, ContactReport.NARRATIVE, v.id(), v.narrative()),
                            file.move(e, ContactReport.WELFARE_TEXT, v.id(), v.welfareText()),
                            file.move(e, ContactReport.SECURITY_TEXT, v.id(), v.securityText()),
                            file.move(e, ContactReport.CORRECTION_REASON, v.id(), v.correctionReason()),
                            file.move(e, ContactReport.REQUEST_FINGERPRINT, v.id(), v.requestFingerprint()));
                }
            }
            for (ContactAttendee a : records.attendeesOfSource(file.sourceId())) {
                if (file.due(a.dekVersion())) {
                    a.protectedDescription(file.version(), file.move(ContactAttendee.ENTITY, ContactAttendee.DESCRIPTION, a.id(),
                            a.description()));
                }
            }
            for (ContactItem i : records.itemsOfSource(file.sourceId())) {
                if (file.due(i.dekVersion())) {
                    i.protectedText(file.version(), file.move(ContactItem.ENTITY, ContactItem.TEXT, i.id(), i.text()));
                }
            }
            for (RiskEntry r : records.riskEntries(file.sourceId())) {
                if (file.due(r.dekVersion())) {
                    r.protectedText(file.version(), file.move(RiskEntry.ENTITY, RiskEntry.TEXT, r.id(), r.text()));
                }
            }
            for (ContactDraft d : records.draftsOfSource(file.sourceId())) {
                if (file.due(d.dekVersion())) {
                    d.rekeyed(file.version(), file.move(ContactDraft.ENTITY, ContactDraft.BODY, d.id(), d.body()));
                }
            }
            records.flush();
        });
    }
}
