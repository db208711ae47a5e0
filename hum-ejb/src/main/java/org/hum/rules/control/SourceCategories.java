package org.hum.rules.control;

import org.hum.api.source.SpecialCategory;

import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A source's special categories on a given day: those declared at registration, and
 * {@link SpecialCategory#JUVENILE} derived from the date of birth (decrypted on the server
 * for the rule, never shown).
 */
public interface SourceCategories {

    CategoryFacts of(String sourceId, LocalDate on);

    /** @param age the source's age in whole years on that day; empty when it cannot be known */
    record CategoryFacts(Set<SpecialCategory> categories, OptionalInt age) {
        public CategoryFacts {
            categories = Set.copyOf(categories);
        }

        public boolean juvenile() {
            return categories.contains(SpecialCategory.JUVENILE);
        }

        /** Whether any category needs a senior approver and tighter clocks. */
        public boolean special() {
            return !categories.isEmpty();
        }
    }
}
