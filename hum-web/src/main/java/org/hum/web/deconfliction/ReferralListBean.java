package org.hum.web.deconfliction;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.deconfliction.ReferralRelease;
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

    private String referralId;
    private String outcome = "CLEAR";
    private String note;

    /** The checks notified to this controller that nobody has released yet. */
    public List<ReferralView> getReleasable() {
        return getReferrals().stream().filter(r -> "CHECK".equals(r.origin()) && r.outcome() == null).toList();
    }

    public String release() throws java.io.IOException {
        return PageAction.on(faces, "release").done(() -> checks.release(referralId, new ReferralRelease(outcome,
                note == null || note.isBlank() ? null : note.strip())), "Released to the officer.",
                "/deconfliction/referrals.xhtml?faces-redirect=true");
    }

    public String getReferralId() { return referralId; }
    public void setReferralId(String v) { this.referralId = v; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String v) { this.outcome = v; }
    public String getNote() { return note; }
    public void setNote(String v) { this.note = v; }
}
