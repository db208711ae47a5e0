package org.hum.api.contact;

/** An intelligence item of a report version, with its grade, the tasking it answers and the port of entry it concerns (if any). */
public record IntelligenceItemView(String id, String text, String credibility, String handling, String taskingId,
                                   String taskingReference, String port) {
}
