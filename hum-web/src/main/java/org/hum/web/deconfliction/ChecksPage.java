package org.hum.web.deconfliction;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.deconfliction.CheckView;
import org.hum.api.deconfliction.DeconflictionCheck;
import org.hum.api.prospect.ProspectView;
import org.hum.deconfliction.boundary.DeconflictionChecks;
import org.hum.prospect.boundary.ProspectRegister;
import org.hum.web.platform.Inputs;
import org.hum.web.platform.PageAction;

import java.io.IOException;
import java.util.List;

/**
 * A case officer's deconfliction checks (docs/domain.md, "Deconfliction (step 2)"): a check for one
 * of their own open prospects, with its purpose, answered the same whatever it finds; their
 * checks with what a controller released ("awaiting controller" until then). A check goes
 * through {@link CheckFloor}, as over REST: match or not, it takes the same time.
 */
@Named
@RequestScoped
public class ChecksPage {
    static final String FORM = "check";
    private static final String FORBIDDEN = "Deconfliction checks are made by case officers, for their own prospects.";

    @Inject
    DeconflictionChecks checks;

    @Inject
    CheckFloor floor;

    @Inject
    ProspectRegister prospects;

    @Inject
    FacesContext faces;

    private List<CheckView> mine;
    private List<ProspectView> open;
    private String purpose = "PROSPECT";
    private String prospectId;
    private String trueName;
    private String dateOfBirth;
    private String phoneNumber;
    private String documentNumber;
    private String documentCountry;

    public List<CheckView> getMine() {
        if (mine == null) {
            List<CheckView> found = PageAction.onTop(faces).forbidden(FORBIDDEN).call(checks::checks);
            mine = found == null ? List.of() : found;
        }
        return mine;
    }

    /** The open prospects the officer may check for (the boundary refuses any that is not theirs). */
    public List<ProspectView> getProspects() {
        if (open == null) {
            open = PageAction.quietly(() -> prospects.list(false), List.<ProspectView>of()).stream()
                    .filter(p -> "OPEN".equals(String.valueOf(p.status()))).toList();
        }
        return open;
    }

    public String check() throws IOException {
        return PageAction.on(faces, FORM).done(() -> floor.check(new DeconflictionCheck(purpose, prospectId, blank(trueName),
                        Inputs.date("dateOfBirth", dateOfBirth), blank(phoneNumber), blank(documentNumber), blank(documentCountry))),
                "The check was referred to the controllers; what they release appears below.",
                "/deconfliction/checks.xhtml?faces-redirect=true");
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { this.purpose = v; }
    public String getProspectId() { return prospectId; }
    public void setProspectId(String v) { this.prospectId = v; }
    public String getTrueName() { return trueName; }
    public void setTrueName(String v) { this.trueName = v; }
    public String getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(String v) { this.dateOfBirth = v; }
    public String getPhoneNumber() { return phoneNumber; }
    public void setPhoneNumber(String v) { this.phoneNumber = v; }
    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String v) { this.documentNumber = v; }
    public String getDocumentCountry() { return documentCountry; }
    public void setDocumentCountry(String v) { this.documentCountry = v; }
}
