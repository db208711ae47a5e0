package org.hum.source.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.api.source.SpecialCategory;
import org.hum.rules.control.Rules;
import org.hum.rules.control.SourceCategories;
import org.hum.source.entity.Source;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A source's special categories on a day (the lifecycle policy's fact): those declared at
 * registration, plus {@link SpecialCategory#JUVENILE} while the source is younger than the
 * profile's juvenile age. The date of birth is decrypted here, on the server, for the rule
 * only: the age and the category leave this class, the date never does. System work on an
 * id: the policy is asked by boundaries that already resolved the file for their caller.
 */
@ApplicationScoped
public class RecordedCategories implements SourceCategories {

    @Inject
    SourceStore store;

    @Inject
    SourceRecords records;

    @Inject
    SourceProtection protection;

    @Inject
    Rules rules;

    @Override
    public CategoryFacts of(String sourceId, LocalDate on) {
        Source source = sourceId == null ? null : store.unrestricted(sourceId).orElse(null);
        if (source == null || source.isDestroyed()) {
            return new CategoryFacts(Set.of(), OptionalInt.empty());
        }
        Set<SpecialCategory> declared = EnumSet.noneOf(SpecialCategory.class);
        records.declaredCategories(sourceId).ifPresent(c -> declared.addAll(ParticularsRules.read(SpecialCategory.class, c)));
        // fails closed: a date of birth that fails its integrity check throws (409), so no rule that
        // depends on the age (an appropriate adult, a senior approver, shorter clocks) is skipped
        OptionalInt age = OptionalInt.of(ageOn(protection.reveal(source).dateOfBirth(), on));
        return facts(declared, age, rules.current().juvenileAge());
    }

    /** The declared categories, plus JUVENILE when the age is known and below the juvenile age. */
    public static CategoryFacts facts(Set<SpecialCategory> declared, OptionalInt age, int juvenileAge) {
        Set<SpecialCategory> all = declared.isEmpty() ? EnumSet.noneOf(SpecialCategory.class) : EnumSet.copyOf(declared);
        all.remove(SpecialCategory.JUVENILE); // never declared: derived only
        if (age.isPresent() && age.getAsInt() < juvenileAge) {
            all.add(SpecialCategory.JUVENILE);
        }
        return new CategoryFacts(all, age);
    }

    /** Whole years completed on {@code on}: a birthday counts from its own day (29 February: from 1 March in other years). */
    public static int ageOn(LocalDate dateOfBirth, LocalDate on) {
        return Math.max(0, Period.between(dateOfBirth, on).getYears());
    }
}
