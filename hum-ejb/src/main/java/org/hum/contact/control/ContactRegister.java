package org.hum.contact.control;

import java.time.Instant;
import java.util.Optional;

/**
 * What the contact feature tells the others of a contact report: a payment made at a contact
 * rests on its report. Read by id for a boundary that has already resolved the source file.
 */
public interface ContactRegister {

    Optional<ContactFact> contact(String contactReportId);

    /** The source's submitted reports (each by its first version's id, which names the report), latest contact first. */
    java.util.List<ContactFact> submittedOf(String sourceId);

    /**
     * @param submitted  submitted (immutable); false for a draft
     * @param occurredAt when the contact took place
     */
    record ContactFact(String id, String sourceId, Instant occurredAt, boolean submitted) {
    }
}
