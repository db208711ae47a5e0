package org.hum.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.dashboard.DashboardSectionView;
import org.hum.api.dashboard.DueItemView;
import org.hum.api.dashboard.DueListCount;
import org.hum.api.dashboard.DashboardView;
import org.hum.dashboard.boundary.Dashboards;
import org.hum.web.platform.Inputs;
import org.hum.web.platform.PageAction;

import java.util.List;

/** The caller's due and overdue lists (code names only). */
@Named
@RequestScoped
public class DashboardBean {
    @Inject
    Dashboards dashboards;

    @Inject
    FacesContext faces;

    private DashboardView view;
    private boolean loaded;
    private String error;

    /**
     * The dashboard; {@code ?section=KEY&from=N} shows one list's lines from line N (a list longer
     * than a hundred lines is read a hundred at a time, with links to the next and previous ones).
     */
    public DashboardView getView() {
        if (!loaded) {
            loaded = true;
            var params = faces.getExternalContext().getRequestParameterMap();
            String section = Inputs.orNull(params.get("section"));
            if (section != null) {
                // a bad line or list in the address is said above the dashboard, shown from its first lines
                view = PageAction.read(() -> dashboards.mine(FilePageLinks.LINKS, section,
                        Inputs.position("from", params.get("from"), 0)), null, refusal -> error = refusal);
            }
            if (view == null) {
                view = PageAction.onTop(faces).forbidden(null).call(() -> dashboards.mine(FilePageLinks.LINKS));
            }
        }
        return view;
    }

    /** Why the lines asked for in the address could not be shown, or null. */
    public String getError() {
        getView();
        return error;
    }

    /** The first line of the list's next hundred, or -1 when it shows its last lines. */
    public int next(DashboardSectionView s) {
        int after = s.from() + s.entries().size();
        return s.entries().isEmpty() || after >= s.total() && !s.totalAtLeast() ? -1 : after;
    }

    /** The first line of the list's previous hundred, or -1 on its first lines. */
    public int previous(DashboardSectionView s) {
        return s.from() == 0 ? -1 : Math.max(0, s.from() - DashboardSectionView.MAX_ENTRIES);
    }

    /** The lines a due list ({@code OVERDUE}, {@code DUE_TODAY}, {@code DUE_SOON}) shows. */
    private List<DueItemView> due(String key) {
        DashboardView v = getView();
        return switch (key) {
            case "OVERDUE" -> v.overdue();
            case "DUE_TODAY" -> v.dueToday();
            default -> v.dueSoon();
        };
    }

    /** How much of a due list is shown. */
    public DueListCount dueCount(String key) {
        return getView().dueCounts().get(key);
    }

    /** The first line of a due list's next hundred, or -1 when it shows its last lines. */
    public int nextDue(String key) {
        DueListCount c = dueCount(key);
        int after = c.from() + due(key).size();
        return due(key).isEmpty() || after >= c.total() && !c.totalAtLeast() ? -1 : after;
    }

    /** The first line of a due list's previous hundred, or -1 on its first lines. */
    public int previousDue(String key) {
        DueListCount c = dueCount(key);
        return c.from() == 0 ? -1 : Math.max(0, c.from() - DashboardSectionView.MAX_ENTRIES);
    }
}
