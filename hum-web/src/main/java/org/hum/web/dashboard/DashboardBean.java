package org.hum.web.dashboard;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.dashboard.DashboardView;
import org.hum.api.error.HumException;
import org.hum.dashboard.boundary.Dashboards;
import org.hum.web.platform.Messages;

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
            try {
                view = dashboards.mine();
            } catch (HumException e) {
                Messages.error(faces, e.getMessage());
            } catch (EJBAccessException | jakarta.ejb.AccessLocalException e) {
                view = null;
            }
        }
        return view;
    }
}
