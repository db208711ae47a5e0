package org.hum.web.deconfliction;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.deconfliction.ReferralView;
import org.hum.deconfliction.boundary.DeconflictionChecks;
import org.hum.web.platform.PageAction;

import java.util.List;

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
            List<ReferralView> found = PageAction.onTop(faces).forbidden("Deconfliction referrals are for controllers.")
                    .call(checks::referrals);
            referrals = found == null ? List.of() : found;
        }
        return referrals;
    }
}
