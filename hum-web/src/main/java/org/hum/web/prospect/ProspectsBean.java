package org.hum.web.prospect;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.error.HumException;
import org.hum.api.prospect.NewProspect;
import org.hum.api.prospect.NewProspectContact;
import org.hum.api.prospect.ProspectClosure;
import org.hum.api.prospect.ProspectClosureReason;
import org.hum.api.prospect.ProspectView;
import org.hum.prospect.boundary.ProspectRegister;
import org.hum.web.platform.Inputs;
import org.hum.web.platform.PageAction;

import java.io.IOException;
import java.util.List;

/** The prospects page: the list (status drift first), recording a prospect, and recording a contact. */
@Named
@RequestScoped
public class ProspectsBean {
    static final String FORM = "prospect";
    static final String CONTACT_FORM = "contact";
    static final String CLOSE_FORM = "close";

    @Inject
    ProspectRegister register;

    @Inject
    FacesContext faces;

    private List<ProspectView> prospects;
    private String workingName;
    private String compartment;
    private String prospectId;
    private String contactOn;
    private String method = "MEETING";
    private String notes;
    private String closeId;
    private String closureReason = "NOT_PURSUED";

    public List<ProspectView> getProspects() {
        if (prospects == null) {
            List<ProspectView> all = PageAction.onTop(faces)
                    .forbidden("Prospects are for case officers, controllers and compliance reviewers.")
                    .call(() -> register.list(false));
            prospects = all == null ? List.of()
                    : all.stream().sorted((a, b) -> Boolean.compare(b.statusDrift(), a.statusDrift())).toList();
        }
        return prospects;
    }

    /** The open prospects, for the contact form's choice. */
    public List<ProspectView> getOpenProspects() {
        return getProspects().stream().filter(p -> "OPEN".equals(p.status())).toList();
    }

    public String record() throws IOException {
        PageAction.on(faces, FORM).run(() -> {
            register.record(new NewProspect(workingName, compartment, null));
            reload();
        });
        return null;
    }

    public String contact() throws IOException {
        PageAction.on(faces, CONTACT_FORM).run(() -> {
            register.addContact(prospectId, new NewProspectContact(Inputs.date("contactOn", contactOn), method, notes));
            reload();
        });
        return null;
    }

    /** Ends contact with the chosen prospect without registering them. */
    public String close() throws IOException {
        PageAction.on(faces, CLOSE_FORM).run(() -> {
            register.close(closeId, new ProspectClosure(reason(closureReason)));
            reload();
        });
        return null;
    }

    private static ProspectClosureReason reason(String name) {
        try {
            return ProspectClosureReason.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw HumException.invalid("reason", "choose one of the reasons listed");
        }
    }

    public String getCloseId() {
        return closeId;
    }

    public void setCloseId(String closeId) {
        this.closeId = closeId;
    }

    public String getClosureReason() {
        return closureReason;
    }

    public void setClosureReason(String closureReason) {
        this.closureReason = closureReason;
    }

    private void reload() throws IOException {
        PageAction.redirect(faces, "/prospects/index.xhtml");
    }

    public String getWorkingName() {
        return workingName;
    }

    public void setWorkingName(String workingName) {
        this.workingName = workingName;
    }

    public String getCompartment() {
        return compartment;
    }

    public void setCompartment(String compartment) {
        this.compartment = compartment;
    }

    public String getProspectId() {
        return prospectId;
    }

    public void setProspectId(String prospectId) {
        this.prospectId = prospectId;
    }

    public String getContactOn() {
        return contactOn;
    }

    public void setContactOn(String contactOn) {
        this.contactOn = contactOn;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
