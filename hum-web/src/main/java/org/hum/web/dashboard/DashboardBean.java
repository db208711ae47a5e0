package org.hum.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.dashboard.DashboardView;
import org.hum.dashboard.boundary.Dashboards;
import org.hum.web.platform.PageAction;

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

    public DashboardView getView() {
        if (!loaded) {
            loaded = true;
            view = PageAction.onTop(faces).forbidden(null).call(() -> dashboards.mine(FilePageLinks.LINKS));
        }
        return view;
    }
}
