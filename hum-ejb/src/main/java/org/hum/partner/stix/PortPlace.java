package org.hum.partner.stix;

import java.time.Instant;
import java.util.Objects;

/**
 * A port of entry as the administrators' list has it (docs/domain.md, "Oversight"), for its STIX
 * {@code location}: the code names the object for good; a rename or a move is a new version of it,
 * dated by {@code changedAt}.
 *
 * @param state the two-letter US state it lies in ({@code CA}); null where unknown
 */
public record PortPlace(String code, String name, String state, Instant changedAt) {
    public PortPlace {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
