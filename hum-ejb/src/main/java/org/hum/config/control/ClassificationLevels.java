package org.hum.config.control;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ordered, configurable list of classification levels (docs/architecture.md, "Labels and
 * clearances"): a level's rank is its position; a higher rank dominates a lower.
 */
public record ClassificationLevels(List<String> names) {
    public ClassificationLevels {
        names = names.stream().map(n -> n.strip().toUpperCase(Locale.ROOT)).toList();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("at least one classification level is needed");
        }
    }

    public Optional<Integer> rankOf(String name) {
        int i = names.indexOf(name.strip().toUpperCase(Locale.ROOT));
        return i < 0 ? Optional.empty() : Optional.of(i);
    }

    public String nameOf(int rank) {
        return rank >= 0 && rank < names.size() ? names.get(rank) : "LEVEL-" + rank;
    }
}
