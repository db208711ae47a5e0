package org.hum.api.contact;

/** An intelligence item of a report version, with its grade and the tasking it answers (if any). */
public record IntelligenceItemView(String id, String text, String credibility, String handling, String taskingId,
                                   String taskingReference) {
}
