package org.hum.tasking.control;

import org.hum.api.tasking.TaskingStatus;

import java.util.Optional;

/**
 * What the tasking feature tells the others of a tasking: a contact report's intelligence item
 * answers one of the same source's taskings, a payment may rest on one. Read by id for a
 * boundary that has already resolved the source file for its caller; nothing read here is
 * handed to a person without that check.
 */
public interface TaskingRegister {

    Optional<TaskingFact> tasking(String taskingId);

    /** Every tasking of the source, newest first, states as of the rule clock. */
    java.util.List<TaskingFact> ofSource(String sourceId);

    /** The source's newest taskings, at most {@code limit}, states as of the rule clock. */
    java.util.List<TaskingFact> latestOf(String sourceId, int limit);

    /** These taskings (those that exist), by id, states as of the rule clock. */
    java.util.Map<String, TaskingFact> taskings(java.util.Collection<String> taskingIds);

    /**
     * @param reference what people call it (such as {@code T-2026-0042}); never an identity
     */
    record TaskingFact(String id, String sourceId, String reference, TaskingStatus status, String port) {
    }
}
