package org.hum.api.dashboard;

import java.time.LocalDate;

/**
 * One line of a due list: what falls due, for which source (code name in the summary, never
 * an identity), and how urgent it is on the rule clock's day: DUE_SOON, DUE_TODAY or OVERDUE.
 */
public record DueItemView(String kind, String objectType, String objectId, String sourceId, String summary,
                          LocalDate dueOn, String urgency) {
}
