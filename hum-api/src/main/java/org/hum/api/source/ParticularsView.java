package org.hum.api.source;

import java.time.LocalDate;
import java.util.List;

/**
 * A source file's particulars as the caller may see them. The plain facts are for everyone who
 * sees the file; {@code restricted} is null unless the caller holds the true-identity grant.
 */
public record ParticularsView(
        LocalDate recruitedOn,
        boolean dutyToReport,
        boolean foreignNational,
        LocalDate immigrationBenefitExpires,
        List<Motivation> motivations,
        AccessKind accessKind,
        List<SpecialCategory> specialCategories,
        boolean hasPhoto,
        List<UnitCodeName> codeNames,
        List<AssignmentView> assignments,
        List<PromiseView> promises,
        ProtectedParticulars restricted) {
}
