package org.hum.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.hum.api.error.HumException;
import org.hum.api.source.SourceRegistration;
import org.hum.api.source.SourceView;
import org.hum.source.boundary.SourceRegistry;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The registration form. Values live only for the request; nothing is kept in the session. */
@Named
@RequestScoped
public class RegisterBean {
    static final String FORM = "register";

    @Inject
    SourceRegistry registry;

    @Inject
    FacesContext faces;

    private String codeName;
    private String compartment;
    private String trueName;
    private String dateOfBirth;
    private String phoneNumber;

    public String register() throws IOException {
        LocalDate dob;
        try {
            dob = dateOfBirth == null || dateOfBirth.isBlank() ? null : LocalDate.parse(dateOfBirth.strip());
        } catch (DateTimeParseException e) {
            Messages.show(faces, FORM, HumException.invalid("dateOfBirth", "must be a date as YYYY-MM-DD"));
            return null;
        }
        try {
            SourceView created = registry.register(new SourceRegistration(codeName, compartment, trueName, dob,
                    phoneNumber, null));
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/sources/view.xhtml?id=" + created.id());
            faces.responseComplete();
        } catch (HumException e) {
            Messages.show(faces, FORM, e);
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> {
                String field = "";
                for (var node : v.getPropertyPath()) {
                    field = node.getName();
                }
                Messages.show(faces, FORM, HumException.invalid(field, v.getMessage()));
            });
        }
        return null;
    }

    public String getCodeName() {
        return codeName;
    }

    public void setCodeName(String codeName) {
        this.codeName = codeName;
    }

    public String getCompartment() {
        return compartment;
    }

    public void setCompartment(String compartment) {
        this.compartment = compartment;
    }

    public String getTrueName() {
        return trueName;
    }

    public void setTrueName(String trueName) {
        this.trueName = trueName;
    }

    public String getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(String dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }
}
