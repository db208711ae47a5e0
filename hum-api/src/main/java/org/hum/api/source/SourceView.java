package org.hum.api.source;

import java.time.Instant;

/**
 * A source file as the caller may see it. {@code identity} is null unless the caller holds
 * a true-identity grant for this source; {@code identityVisible} says which.
 */
public record SourceView(
        String id,
        String sourceNumber,
        String codeName,
        String compartment,
        String classification,
        Instant registeredAt,
        boolean identityVisible,
        TrueIdentity identity,
        ParticularsView particulars) {

    public SourceView(String id, String sourceNumber, String codeName, String compartment, String classification,
                      Instant registeredAt, boolean identityVisible, TrueIdentity identity) {
        this(id, sourceNumber, codeName, compartment, classification, registeredAt, identityVisible, identity, null);
    }
}
