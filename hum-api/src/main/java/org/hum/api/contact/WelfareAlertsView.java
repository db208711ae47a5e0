package org.hum.api.contact;

import java.util.List;

/**
 * A page of the open welfare and security alerts of the files the reader may see, oldest first
 * ({@code GET /api/welfare-alerts?from=&size=}): {@code total} counts them up to 1,000
 * ({@code totalAtLeast}: that many or more), {@code from} is the position of the first on the page.
 */
public record WelfareAlertsView(List<WelfareAlertView> alerts, long total, boolean totalAtLeast, int from) {
    /** The alerts on a page unless asked. */
    public static final int PAGE = 100;
    /** The most on a page. */
    public static final int MAX_PAGE = 500;
}
