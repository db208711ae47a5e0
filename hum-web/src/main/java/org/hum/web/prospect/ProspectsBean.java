package org.hum.web.prospect;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.hum.api.error.HumException;
import org.hum.api.prospect.NewProspect;
import org.hum.api.prospect.NewProspectContact;
import org.hum.api.prospect.ProspectView;
import org.hum.prospect.boundary.ProspectRegister;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.hum.web.platform.Messages;

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
            try {
                prospects = register.list(false).stream()
                        .sorted((a, b) -> Boolean.compare(b.statusDrift(), a.statusDrift())).toList();
            } catch (jakarta.ejb.EJBAccessException | jakarta.ejb.AccessLocalException e) {
                prospects = List.of();
                Messages.error(faces, "Prospects are for case officers, controllers and compliance reviewers.");
            }
        }
        return prospects;
    }

    /** The open prospects, for the contact form's choice. */
    public List<ProspectView> getOpenProspects() {
        return getProspects().stream().filter(p -> "OPEN".equals(p.status())).toList();
    }

    public String record() throws IOException {
        try {
            register.record(new NewProspect(workingName, compartment, null));
            reload();
        } catch (HumException e) {
            Messages.show(faces, FORM, e);
        } catch (ConstraintViolationException e) {
            Messages.show(faces, FORM, e);
        }
        return null;
    }

    public String contact() throws IOException {
        LocalDate on;
        try {
            on = contactOn == null || contactOn.isBlank() ? null : LocalDate.parse(contactOn.strip());
        } catch (DateTimeParseException e) {
            Messages.show(faces, CONTACT_FORM, HumException.invalid("contactOn", "must be a date as YYYY-MM-DD"));
            return null;
        }
        try {
            register.addContact(prospectId, new NewProspectContact(on, method, notes));
            reload();
        } catch (HumException e) {
            Messages.show(faces, CONTACT_FORM, e);
        } catch (ConstraintViolationException e) {
            Messages.show(faces, CONTACT_FORM, e);
        }
        return null;
    }

    /** Ends contact with the chosen prospect without registering them. */
    public String close() throws IOException {
        org.hum.api.prospect.ProspectClosureReason reason;
        try {
            reason = org.hum.api.prospect.ProspectClosureReason.valueOf(closureReason);
        } catch (IllegalArgumentException | NullPointerException e) {
            Messages.show(faces, CLOSE_FORM, HumException.invalid("reason", "choose one of the reasons listed"));
            return null;
        }
        try {
            register.close(closeId, new org.hum.api.prospect.ProspectClosure(reason));
            reload();
        } catch (HumException e) {
            Messages.show(faces, CLOSE_FORM, e);
        } catch (ConstraintViolationException e) {
            Messages.show(faces, CLOSE_FORM, e);
        }
        return null;
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
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/prospects/index.xhtml");
        faces.responseComplete();
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
