package org.hum.web.authorisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.authorisation.AmendmentRequest;
import org.hum.api.authorisation.AuthorisationApplication;
import org.hum.api.authorisation.AuthorisationKind;
import org.hum.api.authorisation.AuthorisedActivity;
import org.hum.api.authorisation.GrantRequest;
import org.hum.api.authorisation.OiaRequest;
import org.hum.api.authorisation.ReasonRequest;
import org.hum.api.authorisation.ReviewRequest;
import org.hum.api.authorisation.SourceAuthorisations;
import org.hum.api.authorisation.WitnessRequest;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.authorisation.boundary.AuthorisationAmendments;
import org.hum.authorisation.boundary.Authorisations;
import org.hum.authorisation.boundary.OiaAuthorisations;
import org.hum.web.platform.PageAction;

import java.io.IOException;
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
    AuthorisationAmendments amendments;

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
            overview = PageAction.onTop(faces).forbidden("Your roles do not include authorisations.")
                    .call(() -> authorisations.overview(id));
        }
        return overview;
    }

    public String apply() throws IOException {
        return act("Application recorded.", () -> authorisations.apply(id, new AuthorisationApplication(
                kind == null || kind.isBlank() ? null : AuthorisationKind.valueOf(kind), necessity, proportionality,
                tasks, collateralIntrusion, confidentialInformation, null)));
    }

    public String grant(String authorisationId) throws IOException {
        return act("Authorisation granted.", () -> authorisations.grant(authorisationId, new GrantRequest(risksExplained)));
    }

    public String refuse(String authorisationId) throws IOException {
        return act("Application refused.", () -> authorisations.refuse(authorisationId, new ReasonRequest(reason)));
    }

    public String review(String authorisationId) throws IOException {
        return act("Review recorded.", () -> authorisations.review(authorisationId,
                new ReviewRequest(useMade, tasksGiven, informationObtained)));
    }

    public String renew(String authorisationId) throws IOException {
        return act("Authorisation renewed.", () -> authorisations.renew(authorisationId));
    }

    public String cancel(String authorisationId) throws IOException {
        return act("Authorisation cancelled.", () -> authorisations.cancel(authorisationId, new ReasonRequest(reason)));
    }

    public String grantOia() throws IOException {
        return act("Otherwise-illegal-activity authorisation granted.", () -> oia.grant(id, new OiaRequest(conduct,
                oiaDate(startsOn), oiaDate(endsOn))));
    }

    private static LocalDate oiaDate(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw new HumException(ErrorCode.INVALID_INPUT, "The start and end must be dates as YYYY-MM-DD.");
        }
    }

    public String acknowledgeOia(String oiaId) throws IOException {
        return act("Acknowledgment recorded.", () -> oia.acknowledge(oiaId, new WitnessRequest(witness, sourceAcknowledged)));
    }

    public String cancelOia(String oiaId) throws IOException {
        return act("OIA authorisation cancelled.", () -> oia.cancel(oiaId, new ReasonRequest(reason)));
    }

    public String notified(String oiaId, String notificationId) throws IOException {
        return act("Notification recorded.", () -> oia.notified(oiaId, notificationId));
    }

    /** An amendment adding activities to the authorisation in force. */
    public String amend(String authorisationId) throws IOException {
        java.util.Set<AuthorisedActivity> acts =
                java.util.EnumSet.noneOf(AuthorisedActivity.class);
        if (amendActivities != null) {
            amendActivities.forEach(a -> acts.add(AuthorisedActivity.valueOf(a)));
        }
        return act("Amendment applied for.", () -> amendments.apply(authorisationId,
                new AmendmentRequest(acts, amendReason)));
    }

    public String grantAmendment(String authorisationId, String amendmentId) throws IOException {
        return act("Amendment granted.", () -> amendments.grant(authorisationId, amendmentId));
    }

    public AuthorisedActivity[] getAllActivities() {
        return AuthorisedActivity.values();
    }

    public java.util.List<String> getAmendActivities() { return amendActivities; }
    public void setAmendActivities(java.util.List<String> v) { this.amendActivities = v; }
    public String getAmendReason() { return amendReason; }
    public void setAmendReason(String v) { this.amendReason = v; }

    public String instruct() throws IOException {
        return act("Instructions recorded.", () -> oia.instruct(id, new WitnessRequest(witness, sourceAcknowledged)));
    }

    private String act(String done, PageAction.Step action) throws IOException {
        return PageAction.onTop(faces).done(action, done, "/sources/authorisations?faces-redirect=true&id=" + id);
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
