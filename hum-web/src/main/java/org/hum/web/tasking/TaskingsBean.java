package org.hum.web.tasking;

import org.hum.admin.boundary.PortsOfEntry;
import org.hum.api.admin.PortView;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.authorisation.AuthorisedActivity;
import org.hum.api.tasking.CancellationRequest;
import org.hum.api.tasking.Priority;
import org.hum.api.tasking.RequirementStatus;
import org.hum.api.tasking.RequirementView;
import org.hum.api.tasking.SourceTaskings;
import org.hum.api.tasking.TaskingRequest;
import org.hum.tasking.boundary.Requirements;
import org.hum.tasking.boundary.Taskings;
import org.hum.web.platform.Inputs;
import org.hum.web.platform.PageAction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The taskings page of one source: its taskings with their states, the form to issue one (or
 * keep it as a draft) and the buttons of the steps the caller may take. Every rule is the
 * server's; this bean passes the request on and shows the refusal (field errors beside their
 * fields, a rule's refusal with its remedy on top).
 */
@Named
@RequestScoped
public class TaskingsBean {
    static final String FORM = "tasking";

    @Inject
    PortsOfEntry portsOfEntry;

    @Inject
    Taskings taskings;

    @Inject
    Requirements requirements;

    @Inject
    FacesContext faces;

    private String id;
    private SourceTaskings overview;
    private boolean loaded;
    private List<RequirementView> open;

    private String requirementId;
    private String priority = "MEDIUM";
    private String dueOn;
    private List<String> activities = new ArrayList<>(List.of(AuthorisedActivity.REPORT_OBSERVED.name()));
    private String limits;
    private String risk;
    private String port;
    private List<PortView> portList;
    private String reason;

    public SourceTaskings getOverview() {
        if (!loaded) {
            loaded = true;
            if (id == null) {
                id = faces.getExternalContext().getRequestParameterMap().get("id");
            }
            overview = PageAction.onTop(faces).forbidden("Your roles do not include taskings.").call(() -> taskings.list(id));
        }
        return overview;
    }

    /** The open requirements the caller may see, for the form. */
    /** The ports of entry in service, west to east, for the tasking's choice. */
    public List<PortView> getPortsInService() {
        if (portList == null) {
            List<PortView> found = PageAction.onTop(faces).forbidden(null).call(portsOfEntry::list);
            portList = found == null ? List.of() : found.stream().filter(p -> !p.retired()).toList();
        }
        return portList;
    }

    public List<RequirementView> getRequirements() {
        if (open == null) {
            open = PageAction.quietly(() -> requirements.list(RequirementStatus.OPEN), List.of());
        }
        return open;
    }

    public AuthorisedActivity[] getAllActivities() {
        return AuthorisedActivity.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public String issue() throws IOException {
        return create(true, "Tasking issued.");
    }

    public String draft() throws IOException {
        return create(false, "Draft saved.");
    }

    private String create(boolean issue, String done) throws IOException {
        return act(done, () -> {
            Set<AuthorisedActivity> acts = EnumSet.noneOf(AuthorisedActivity.class);
            if (activities != null) {
                activities.forEach(a -> acts.add(AuthorisedActivity.valueOf(a)));
            }
            Priority p = priority == null || priority.isBlank() ? null : Priority.valueOf(priority);
            taskings.create(id, new TaskingRequest(requirementId, p, Inputs.date("dueOn", dueOn), acts, limits, risk, issue,
                    port == null || port.isBlank() ? null : port));
        });
    }

    public String step(String taskingId, String step) throws IOException {
        String done = switch (step) {
            case "issue" -> "Tasking issued.";
            case "acknowledgement" -> "Acknowledgement recorded.";
            case "start" -> "Tasking started.";
            case "fulfilment" -> "Tasking fulfilled.";
            default -> "Done.";
        };
        return act(done, () -> taskings.step(taskingId, step));
    }

    public String cancel(String taskingId) throws IOException {
        return act("Tasking cancelled.", () -> taskings.cancel(taskingId, new CancellationRequest(reason)));
    }

    private String act(String done, PageAction.Step action) throws IOException {
        return PageAction.on(faces, FORM).inputs(TaskingsBean::input)
                .rules(v -> v.getMessage() + " To go ahead: " + v.remedy() + " (" + v.rule() + ")")
                .done(action, done, "/sources/taskings?faces-redirect=true&id=" + id);
    }

    /** The form's input a field the API names belongs beside (the API's names mapped to the form's ids); null: on top. */
    private static String input(String name) {
        return switch (name == null ? "" : name) {
            case "requirementId" -> "requirement";
            case "riskAssessment" -> "risk";
            case "dueOn", "limits", "priority", "activities" -> name;
            default -> null;
        };
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getRequirementId() { return requirementId; }
    public void setRequirementId(String v) { this.requirementId = v; }
    public String getPriority() { return priority; }
    public void setPriority(String v) { this.priority = v; }
    public String getDueOn() { return dueOn; }
    public void setDueOn(String v) { this.dueOn = v; }
    public List<String> getActivities() { return activities; }
    public void setActivities(List<String> v) { this.activities = v; }
    public String getLimits() { return limits; }
    public void setLimits(String v) { this.limits = v; }
    public String getRisk() { return risk; }
    public void setRisk(String v) { this.risk = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { this.reason = v; }

    public String getPort() { return port; }
    public void setPort(String v) { this.port = v; }
}
