package org.hum.attention.control;

import java.util.List;

/**
 * A feature's lists on the dashboards (docs/domain.md, "Oversight"): open taskings and drafts for a
 * case officer, pending approvals and welfare alerts for controllers, the compliance view's
 * exceptions. Each implementation is an {@code @ApplicationScoped} bean; the dashboard asks
 * every one of them, for the audiences the caller belongs to only.
 *
 * <p>An implementation returns the sections of the audiences in {@link DashboardScope#audiences()}
 * and may narrow by the scope (a HANDLER section should list only
 * {@link DashboardScope#handledSourceIds()}), but it need not filter by label: the dashboard
 * drops every entry whose label the caller does not dominate, and every HANDLER entry of a file
 * the caller does not handle, before anything is shown or counted.
 */
public interface DashboardContributor {

    List<DashboardSection> sections(DashboardScope scope);
}
