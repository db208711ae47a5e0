package org.hum.web.ui;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.hum.api.authorisation.AuthorisationApplication;
import org.hum.api.authorisation.AuthorisationKind;
import org.hum.api.authorisation.GrantRequest;
import org.hum.api.authorisation.OiaRequest;
import org.hum.api.authorisation.ReasonRequest;
import org.hum.api.authorisation.ReviewRequest;
import org.hum.api.authorisation.SourceAuthorisations;
import org.hum.api.authorisation.WitnessRequest;
import org.hum.api.error.HumException;
import org.hum.authorisation.boundary.Authorisations;
import org.hum.authorisation.boundary.OiaAuthorisations;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The authorisations page of one source: apply, grant or refuse, review, renew, cancel, OIA and
 * instructions. Every rule is the server's: this bean only passes the request on and shows the
 * refusal. No field here is a due date: the server computes them.
 */
@Named
@RequestScoped
public class AuthorisationsBean {
    @Inject
    Authorisations authorisations;

    @Inject
    OiaAuthorisations oia;

    @Inject
    org.hum.authorisation.boundary.AuthorisationAmendments amendments;

    @Inject
    FacesContext faces;

    private String id;
    private SourceAuthorisations overview;
    private boolean loaded;

    private String kind = "STANDARD";
    private String necessity;
    private String proportionality;
    private String tasks;
    private String collateralIntrusion;
    private String confidentialInformation;
    private boolean risksExplained;
    private String reason;
    private String useMade;
    private String tasksGiven;
    private String informationObtained;
    private String conduct;
    private String startsOn;
    private String endsOn;
    private String witness;
    private boolean sourceAcknowledged;
    private java.util.List<String> amendActivities = new java.util.ArrayList<>();
    private String amendReason;

    public SourceAuthorisations getOverview() {
        if (!loaded) {
            loaded = true;
            if (id == null) {
                // a postback asks during its decoding (the forms' "rendered"), before the view parameter is applied;
                // every form posts the id
                id = faces.getExternalContext().getRequestParameterMap().get("id");
            }
            try {
                overview = authorisations.overview(id);
            } catch (HumException e) {
                Messages.error(faces, e.getMessage());
            } catch (EJBAccessException | jakarta.ejb.AccessLocalException e) {
                Messages.error(faces, "Your roles do not include authorisations.");
            }
        }
        return overview;
    }

    public String apply() {
        return act("Application recorded.", () -> authorisations.apply(id, new AuthorisationApplication(
                kind == null || kind.isBlank() ? null : AuthorisationKind.valueOf(kind), necessity, proportionality,
                tasks, collateralIntrusion, confidentialInformation, null)));
    }

    public String grant(String authorisationId) {
        return act("Authorisation granted.", () -> authorisations.grant(authorisationId, new GrantRequest(risksExplained)));
    }

    public String refuse(String authorisationId) {
        return act("Application refused.", () -> authorisations.refuse(authorisationId, new ReasonRequest(reason)));
    }

    public String review(String authorisationId) {
        return act("Review recorded.", () -> authorisations.review(authorisationId,
                new ReviewRequest(useMade, tasksGiven, informationObtained)));
    }

    public String renew(String authorisationId) {
        return act("Authorisation renewed.", () -> authorisations.renew(authorisationId));
    }

    public String cancel(String authorisationId) {
        return act("Authorisation cancelled.", () -> authorisations.cancel(authorisationId, new ReasonRequest(reason)));
    }

    public String grantOia() {
        LocalDate from;
        LocalDate to;
        try {
            from = date(startsOn);
            to = date(endsOn);
        } catch (DateTimeParseException e) {
            Messages.error(faces, "The start and end must be dates as YYYY-MM-DD.");
            return null;
        }
        return act("Otherwise-illegal-activity authorisation granted.", () -> oia.grant(id, new OiaRequest(conduct, from, to)));
    }

    public String acknowledgeOia(String oiaId) {
        return act("Acknowledgment recorded.", () -> oia.acknowledge(oiaId, new WitnessRequest(witness, sourceAcknowledged)));
    }

    public String cancelOia(String oiaId) {
        return act("OIA authorisation cancelled.", () -> oia.cancel(oiaId, new ReasonRequest(reason)));
    }

    public String notified(String oiaId, String notificationId) {
        return act("Notification recorded.", () -> oia.notified(oiaId, notificationId));
    }

    /** An amendment adding activities to the authorisation in force (docs/domain.md, "Tasking"). */
    public String amend(String authorisationId) {
        java.util.Set<org.hum.api.authorisation.AuthorisedActivity> acts =
                java.util.EnumSet.noneOf(org.hum.api.authorisation.AuthorisedActivity.class);
        if (amendActivities != null) {
            amendActivities.forEach(a -> acts.add(org.hum.api.authorisation.AuthorisedActivity.valueOf(a)));
        }
        return act("Amendment applied for.", () -> amendments.apply(authorisationId,
                new org.hum.api.authorisation.AmendmentRequest(acts, amendReason)));
    }

    public String grantAmendment(String authorisationId, String amendmentId) {
        return act("Amendment granted.", () -> amendments.grant(authorisationId, amendmentId));
    }

    public org.hum.api.authorisation.AuthorisedActivity[] getAllActivities() {
        return org.hum.api.authorisation.AuthorisedActivity.values();
    }

    public java.util.List<String> getAmendActivities() { return amendActivities; }
    public void setAmendActivities(java.util.List<String> v) { this.amendActivities = v; }
    public String getAmendReason() { return amendReason; }
    public void setAmendReason(String v) { this.amendReason = v; }

    public String instruct() {
        return act("Instructions recorded.", () -> oia.instruct(id, new WitnessRequest(witness, sourceAcknowledged)));
    }

    private String act(String done, Runnable action) {
        try {
            action.run();
        } catch (HumException e) {
            Messages.error(faces, e.getMessage());
            return null;
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> {
                String field = "";
                for (var node : v.getPropertyPath()) {
                    field = node.getName();
                }
                Messages.error(faces, field + ": " + v.getMessage());
            });
            return null;
        } catch (EJBAccessException | jakarta.ejb.AccessLocalException e) {
            Messages.error(faces, "Your roles do not allow this.");
            return null;
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/sources/authorisations?faces-redirect=true&id=" + id;
    }

    private static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getNecessity() { return necessity; }
    public void setNecessity(String v) { this.necessity = v; }
    public String getProportionality() { return proportionality; }
    public void setProportionality(String v) { this.proportionality = v; }
    public String getTasks() { return tasks; }
    public void setTasks(String v) { this.tasks = v; }
    public String getCollateralIntrusion() { return collateralIntrusion; }
    public void setCollateralIntrusion(String v) { this.collateralIntrusion = v; }
    public String getConfidentialInformation() { return confidentialInformation; }
    public void setConfidentialInformation(String v) { this.confidentialInformation = v; }
    public boolean isRisksExplained() { return risksExplained; }
    public void setRisksExplained(boolean v) { this.risksExplained = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { this.reason = v; }
    public String getUseMade() { return useMade; }
    public void setUseMade(String v) { this.useMade = v; }
    public String getTasksGiven() { return tasksGiven; }
    public void setTasksGiven(String v) { this.tasksGiven = v; }
    public String getInformationObtained() { return informationObtained; }
    public void setInformationObtained(String v) { this.informationObtained = v; }
    public String getConduct() { return conduct; }
    public void setConduct(String v) { this.conduct = v; }
    public String getStartsOn() { return startsOn; }
    public void setStartsOn(String v) { this.startsOn = v; }
    public String getEndsOn() { return endsOn; }
    public void setEndsOn(String v) { this.endsOn = v; }
    public String getWitness() { return witness; }
    public void setWitness(String v) { this.witness = v; }
    public boolean isSourceAcknowledged() { return sourceAcknowledged; }
    public void setSourceAcknowledged(boolean v) { this.sourceAcknowledged = v; }
}
