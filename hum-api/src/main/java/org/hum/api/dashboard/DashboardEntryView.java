package org.hum.api.dashboard;

import java.time.LocalDate;

/**
 * One line of a dashboard section: what it is (a stable {@code kind}), the object and source
 * file it concerns (ids, never an identity), a summary for a person (code names and kinds
 * only), the day it concerns (due, raised, paid...; may be null) and the page of the UI that
 * deals with it, relative to the application's root (may be null).
 */
public record DashboardEntryView(String kind, String objectType, String objectId, String sourceId, String summary,
                                 LocalDate on, String link) {
}
