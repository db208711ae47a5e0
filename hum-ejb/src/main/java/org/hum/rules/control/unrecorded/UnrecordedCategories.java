package org.hum.rules.control.unrecorded;

import jakarta.enterprise.context.ApplicationScoped;
import org.hum.rules.control.SourceCategories;

import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.Set;

/** No special categories recorded yet. */
@ApplicationScoped
public class UnrecordedCategories implements SourceCategories {
    @Override
    public CategoryFacts of(String sourceId, LocalDate on) {
        return new CategoryFacts(Set.of(), OptionalInt.empty());
    }
}
