package org.hum.vetting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.hum.keys.control.DataKeyRotated;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.Source;
import org.hum.vetting.entity.SourceGrade;
import org.hum.vetting.entity.Validation;
import org.hum.vetting.entity.ValidationConclusion;
import org.hum.vetting.entity.ValidationDissent;

/**
 * When a source file moves to a new version of its data key, its validation and grading texts
 * move with it, in the rotation's transaction: otherwise they would become unreadable once the
 * old version is destroyed. Only the ciphertext columns change (the account may update nothing
 * else in these tables, V013); what they say stays as written.
 */
@ApplicationScoped
public class VettingRekeying {
    @Inject
    SourceStore sources;

    @Inject
    VettingRecords records;

    @Inject
    VettingProtection protection;

    void rekey(@Observes DataKeyRotated rotated) {
        // key administration acts on ids only and hands nothing to a person
        Source source = sources.unrestricted(rotated.sourceId()).orElse(null);
        if (source == null) {
            return;
        }
        VettingProtection.Keys keys = protection.keys(source);
        var next = rotated.next();
        int done = 0;
        for (Validation v : records.validations(source.id())) {
            done += count(v.criminalHistoryNotes(), v.accessDetails(), v.proofOfExistence());
            v.protectedTexts(
                    keys.reencrypt(Validation.ENTITY, Validation.CRIMINAL_HISTORY_NOTES, v.id(), v.criminalHistoryNotes(), next),
                    keys.reencrypt(Validation.ENTITY, Validation.ACCESS_DETAILS, v.id(), v.accessDetails(), next),
                    keys.reencrypt(Validation.ENTITY, Validation.PROOF_OF_EXISTENCE, v.id(), v.proofOfExistence(), next));
            for (ValidationDissent d : records.dissents(v.id())) {
                done += count(d.reasons());
                d.protectedReasons(keys.reencrypt(ValidationDissent.ENTITY, ValidationDissent.REASONS, d.id(), d.reasons(), next));
            }
        }
        for (ValidationConclusion c : records.conclusions(source.id()).values()) {
            done += count(c.reasons());
            c.rekeyed(keys.reencrypt(ValidationConclusion.ENTITY, ValidationConclusion.REASONS, c.validationId(), c.reasons(), next));
        }
        for (SourceGrade g : records.grades(source.id())) {
            done += count(g.reason());
            g.protectedReason(keys.reencrypt(SourceGrade.ENTITY, SourceGrade.REASON, g.id(), g.reason(), next));
        }
        rotated.reencrypted(done);
    }

    /** The envelopes among these columns (an optional text left out has none). */
    private static int count(byte[]... envelopes) {
        int n = 0;
        for (byte[] e : envelopes) {
            n += e == null ? 0 : 1;
        }
        return n;
    }
}
