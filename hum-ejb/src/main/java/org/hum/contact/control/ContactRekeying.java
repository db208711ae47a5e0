package org.hum.contact.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.hum.contact.entity.ContactAttendee;
import org.hum.contact.entity.ContactDraft;
import org.hum.contact.entity.ContactItem;
import org.hum.contact.entity.ContactReport;
import org.hum.contact.entity.RiskEntry;
import org.hum.crypto.control.DataKey;
import org.hum.keys.control.DataKeyRotated;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.Source;

/**
 * When a source file moves to a new version of its data key, the texts of its contact reports,
 * drafts and risk assessment move with it, in the rotation's transaction (model:
 * {@code VettingRekeying}). Only the ciphertext columns change (V019's grants allow nothing
 * else on the report tables); a text that no longer opens is left as it is.
 */
@ApplicationScoped
public class ContactRekeying {
    @Inject
    SourceStore sources;

    @Inject
    ContactRecords records;

    @Inject
    ContactCipher cipher;

    void rekey(@Observes DataKeyRotated rotated) {
        // key administration acts on ids only and hands nothing to a person
        Source source = sources.unrestricted(rotated.sourceId()).orElse(null);
        if (source == null) {
            return;
        }
        rotated.reencrypted(rekey(source, rotated.next()));
    }

    /** Re-encrypts every contact text of the file under {@code next}; returns how many envelopes were. */
    int rekey(Source source, DataKey next) {
        int done = 0;
        for (ContactReport v : records.versionsOfSource(source.id())) {
            if (v.dekVersion() == next.version()) {
                continue;
            }
            String[] columns = {ContactReport.PLACE, ContactReport.NARRATIVE, ContactReport.WELFARE_TEXT,
                    ContactReport.SECURITY_TEXT, ContactReport.CORRECTION_REASON, ContactReport.REQUEST_FINGERPRINT};
            byte[][] envelopes = {v.place(), v.narrative(), v.welfareText(), v.securityText(), v.correctionReason(),
                    v.requestFingerprint()};
            String[] texts = new String[columns.length];
            boolean readable = true;
            int n = 0;
            for (int i = 0; i < columns.length; i++) {
                texts[i] = cipher.open(source, v.dekVersion(), ContactReport.ENTITY, columns[i], v.id(), envelopes[i]);
                readable &= !ContactCipher.unreadable(texts[i]);
                n += envelopes[i] == null ? 0 : 1;
            }
            if (!readable) {
                continue;
            }
            byte[][] sealed = new byte[columns.length][];
            for (int i = 0; i < columns.length; i++) {
                sealed[i] = texts[i] == null ? null : cipher.sealExact(next, ContactReport.ENTITY, columns[i], v.id(), texts[i]);
            }
            v.protectedTexts(next.version(), sealed[0], sealed[1], sealed[2], sealed[3], sealed[4], sealed[5]);
            done += n;
        }
        for (ContactAttendee a : records.attendeesOfSource(source.id())) {
            if (a.dekVersion() == next.version()) {
                continue;
            }
            String text = cipher.open(source, a.dekVersion(), ContactAttendee.ENTITY, ContactAttendee.DESCRIPTION, a.id(),
                    a.description());
            if (!ContactCipher.unreadable(text)) {
                a.protectedDescription(next.version(), text == null ? null
                        : cipher.sealExact(next, ContactAttendee.ENTITY, ContactAttendee.DESCRIPTION, a.id(), text));
                done += text == null ? 0 : 1;
            }
        }
        for (ContactItem i : records.itemsOfSource(source.id())) {
            if (i.dekVersion() == next.version()) {
                continue;
            }
            String text = cipher.open(source, i.dekVersion(), ContactItem.ENTITY, ContactItem.TEXT, i.id(), i.text());
            if (text != null && !ContactCipher.unreadable(text)) {
                i.protectedText(next.version(), cipher.sealExact(next, ContactItem.ENTITY, ContactItem.TEXT, i.id(), text));
                done++;
            }
        }
        for (RiskEntry r : records.riskEntries(source.id())) {
            if (r.dekVersion() == next.version()) {
                continue;
            }
            String text = cipher.open(source, r.dekVersion(), RiskEntry.ENTITY, RiskEntry.TEXT, r.id(), r.text());
            if (text != null && !ContactCipher.unreadable(text)) {
                r.protectedText(next.version(), cipher.sealExact(next, RiskEntry.ENTITY, RiskEntry.TEXT, r.id(), text));
                done++;
            }
        }
        for (ContactDraft d : records.draftsOfSource(source.id())) {
            if (d.dekVersion() == next.version()) {
                continue;
            }
            String text = cipher.open(source, d.dekVersion(), ContactDraft.ENTITY, ContactDraft.BODY, d.id(), d.body());
            if (text != null && !ContactCipher.unreadable(text)) {
                d.rekeyed(next.version(), cipher.sealExact(next, ContactDraft.ENTITY, ContactDraft.BODY, d.id(), text));
                done++;
            }
        }
        records.flush();
        return done;
    }
}
