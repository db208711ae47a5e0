package org.hum.vetting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.hum.keys.control.DataKeyRotated;
import org.hum.source.control.FileRekeying;
import org.hum.vetting.entity.SourceGrade;
import org.hum.vetting.entity.Validation;
import org.hum.vetting.entity.ValidationConclusion;
import org.hum.vetting.entity.ValidationDissent;

/**
 * A file's validation and grading texts follow its data key ({@link FileRekeying}). These rows
 * keep no key version of their own: each envelope names the version it was sealed under. Only the
 * ciphertext columns change (the account may update nothing else in these tables).
 */
@ApplicationScoped
public class VettingRekeying {
    @Inject
    FileRekeying rekeying;

    @Inject
    VettingRecords records;

    void rekey(@Observes DataKeyRotated rotated) {
        rekeying.run(rotated, file -> {
            for (Validation v : records.validations(file.sourceId())) {
                String e = Validation.ENTITY;
                v.protectedTexts(file.move(e, Validation.CRIMINAL_HISTORY_NOTES, v.id(), v.criminalHistoryNotes()),
                        file.move(e, Validation.ACCESS_DETAILS, v.id(), v.accessDetails()),
                        file.move(e, Validation.PROOF_OF_EXISTENCE, v.id(), v.proofOfExistence()));
                for (ValidationDissent d : records.dissents(v.id())) {
                    d.protectedReasons(file.move(ValidationDissent.ENTITY, ValidationDissent.REASONS, d.id(), d.reasons()));
                }
            }
            for (ValidationConclusion c : records.conclusions(file.sourceId()).values()) {
                c.rekeyed(file.move(ValidationConclusion.ENTITY, ValidationConclusion.REASONS, c.validationId(), c.reasons()));
            }
            for (SourceGrade g : records.grades(file.sourceId())) {
                g.protectedReason(file.move(SourceGrade.ENTITY, SourceGrade.REASON, g.id(), g.reason()));
            }
        });
    }
}
