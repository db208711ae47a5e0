package org.hum.partner.stix;

import org.hum.api.reporting.Tlp;

import java.time.Instant;
import java.util.Objects;

/**
 * The organisation that signs the STIX objects (their {@code created_by_ref}), and what its lasting
 * reference objects (its own {@code identity}, the ports of entry as {@code location}s) carry. Those
 * objects are the same in every export, whatever the report's marking, so they need one fixed
 * marking and one fixed {@code created}: a STIX object version (id and {@code modified}) must never
 * appear with two different contents. They hold only public facts (a name, a port), hence CLEAR by default.
 *
 * @param name      the organisation's name, as partners know it
 * @param reference the marking of the reference objects
 * @param created   the reference objects' {@code created} and {@code modified}
 */
public record StixOrganisation(String name, Tlp reference, Instant created) {
    /** HUM's organisation, as the exchange signs by default. */
    public static final StixOrganisation HUM = new StixOrganisation("HUM", Tlp.CLEAR, Instant.parse("2026-01-01T00:00:00Z"));

    public StixOrganisation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(created, "created");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an organisation has a name");
        }
    }

    /** The organisation's {@code identity} id: named by the organisation's name, so fixed. */
    public String identityId() {
        return StixIds.of("identity", "organisation:" + name);
    }
}
