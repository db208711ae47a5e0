package org.hum.web.tasking;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.hum.api.error.HumException;
import org.hum.api.tasking.Priority;
import org.hum.api.tasking.RequirementRequest;
import org.hum.api.tasking.RequirementView;
import org.hum.tasking.boundary.Requirements;

import java.util.List;
import org.hum.web.platform.Messages;

/** The intelligence requirements page: the list with each one's open taskings; controllers create and close. */
@Named
@RequestScoped
public class RequirementsBean {
    static final String FORM = "requirement";

    @Inject
    Requirements requirements;

    @Inject
    FacesContext faces;

    private List<RequirementView> list;
    private String title;
    private String priority = "HIGH";
    private String owner;
    private String compartment;
    private String description;

    public List<RequirementView> getList() {
        if (list == null) {
            try {
                list = requirements.list(null);
            } catch (HumException e) {
                Messages.error(faces, e.getMessage());
                list = List.of();
            } catch (EJBAccessException | jakarta.ejb.AccessLocalException e) {
                Messages.error(faces, "Your roles do not include intelligence requirements.");
                list = List.of();
            }
        }
        return list;
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public String create() {
        Priority p = priority == null || priority.isBlank() ? null : Priority.valueOf(priority);
        return act("Requirement created.", () -> requirements.create(new RequirementRequest(title, p, owner, compartment,
                description)));
    }

    public String close(String id) {
        return act("Requirement closed.", () -> requirements.close(id));
    }

    private String act(String done, Runnable action) {
        try {
            action.run();
        } catch (HumException e) {
            Messages.show(faces, FORM, e);
            return null;
        } catch (ConstraintViolationException e) {
            Messages.show(faces, FORM, e);
            return null;
        } catch (EJBAccessException | jakarta.ejb.AccessLocalException e) {
            Messages.error(faces, "Your roles do not allow this.");
            return null;
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/requirements/index?faces-redirect=true";
    }

    public String getTitle() { return title; }
    public void setTitle(String v) { this.title = v; }
    public String getPriority() { return priority; }
    public void setPriority(String v) { this.priority = v; }
    public String getOwner() { return owner; }
    public void setOwner(String v) { this.owner = v; }
    public String getCompartment() { return compartment; }
    public void setCompartment(String v) { this.compartment = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { this.description = v; }
}
