package org.hum.web.deconfliction;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.deconfliction.ReferralView;
import org.hum.deconfliction.boundary.DeconflictionChecks;

import java.util.List;
import org.hum.web.platform.Messages;

/** The controller's deconfliction work list: referrals they were notified of. */
@Named
@RequestScoped
public class ReferralListBean {
    @Inject
    DeconflictionChecks checks;

    @Inject
    FacesContext faces;

    private List<ReferralView> referrals;

    public List<ReferralView> getReferrals() {
        if (referrals == null) {
            try {
                referrals = checks.referrals();
            } catch (jakarta.ejb.EJBAccessException | jakarta.ejb.AccessLocalException e) {
                referrals = List.of();
                Messages.error(faces, "Deconfliction referrals are for controllers.");
            }
        }
        return referrals;
    }
}
