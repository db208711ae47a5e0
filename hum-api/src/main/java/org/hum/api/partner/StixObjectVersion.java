package org.hum.api.partner;

import java.time.Instant;

/**
 * One version of a STIX object in a partner's collection, as TAXII 2.1 serves it.
 *
 * @param version   the object's {@code modified} (its version)
 * @param dateAdded when this version was added to the collection; unique and rising
 * @param json      the object, serialized
 */
public record StixObjectVersion(String id, String type, Instant version, Instant dateAdded, String json) {
}
