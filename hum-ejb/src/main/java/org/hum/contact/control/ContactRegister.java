package org.hum.contact.control;

import org.hum.source.entity.Source;

import java.time.Instant;
import java.util.Optional;

/**
 * What the contact feature tells the others of a contact report: a payment made at a contact
 * rests on its report. Read by id for a boundary that has already resolved the source file.
 */
public interface ContactRegister {

    Optional<ContactFact> contact(String contactReportId);

    /** The source's latest submitted reports, at most {@code limit} (each by its first version's id, which names the report), latest contact first. */
    java.util.List<ContactFact> latestSubmittedOf(String sourceId, int limit);

    /**
     * @param submitted  submitted (immutable); false for a draft
     * @param occurredAt when the contact took place
     */
    record ContactFact(String id, String sourceId, Instant occurredAt, boolean submitted) {
    }

    /**
     * The graded intelligence items of the current version of each submitted report of the file,
     * latest contact first, with their texts and the contact's place decrypted: for a boundary that
     * has resolved the file for its caller (sanitized reports). Plaintext: never logged or stored.
     */
    java.util.List<ItemFact> itemsOf(Source source);

    /** The source file an item belongs to, by the item's id (no content). */
    Optional<String> sourceOfItem(String itemId);

    /**
     * @param contactId the submitted report version the item is part of
     * @param place     the contact's place (decrypted), or null
     */
    record ItemFact(String itemId, String contactId, String sourceId, Instant occurredAt, String credibility,
                    String handling, String text, String place) {
        @Override
        public String toString() {
            return "ItemFact[" + itemId + "]";
        }
    }
}
