package org.hum.web.source;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.source.AssignmentRole;
import org.hum.api.source.NewAssignment;
import org.hum.api.source.NewPromise;
import org.hum.api.admin.RequestView;
import org.hum.source.boundary.SourceAssignments;
import org.hum.source.boundary.SourceRequests;
import org.hum.web.platform.Inputs;
import org.hum.web.platform.PageAction;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The source page's forms: a controller asks for an assignment (another approves it) or ends
 * one; an officer adds a promise.
 */
@Named
@RequestScoped
public class SourceActionsBean {
    static final String ASSIGN_FORM = "assign";
    static final String PROMISE_FORM = "promise";
    static final String REQUESTS_FORM = "requests";

    @Inject
    SourceAssignments assignments;

    @Inject
    SourceRequests requests;

    @Inject
    FacesContext faces;

    private String sourceId;
    private List<RequestView> pending;
    private String username;
    private String role;
    private String madeBy;
    private String madeOn;
    private String description;

    public String assign() throws IOException {
        PageAction.on(faces, ASSIGN_FORM).run(() -> {
            assignments.assign(sourceId, new NewAssignment(username, role, null));
            // two-person (docs/domain.md, "Two-person control"): nothing is open until another approves
            PageAction.confirm(faces, "Assignment of " + username + " asked for: it starts when another controller "
                    + "or an authorising officer approves it (GET /hum/api/sources/requests).");
            back();
        });
        return null;
    }

    /** The grant and assignment requests on this file waiting for a second person (controllers, authorising officers). */
    public List<RequestView> getPending() {
        if (pending == null) {
            // on the form's post the list is read before the hidden field is applied: read the posted value
            String posted = faces.getExternalContext().getRequestParameterMap().get(REQUESTS_FORM + ":sourceId");
            String id = getSourceId() != null ? getSourceId() : posted;
            List<RequestView> all = PageAction.on(faces, REQUESTS_FORM).call(requests::pending);
            pending = all == null ? List.of() : all.stream().filter(r -> r.sourceId().equals(id)).toList();
        }
        return pending;
    }

    public String approve(String requestId) throws IOException {
        PageAction.on(faces, REQUESTS_FORM).run(() -> {
            RequestView r = requests.approve(requestId);
            PageAction.confirm(faces, "Approved: " + r.username() + " now acts for this source.");
            back();
        });
        return null;
    }

    public String end(String assignmentId) throws IOException {
        PageAction.on(faces, ASSIGN_FORM).run(() -> {
            assignments.end(sourceId, assignmentId);
            back();
        });
        return null;
    }

    public String addPromise() throws IOException {
        PageAction.on(faces, PROMISE_FORM).run(() -> {
            assignments.addPromise(sourceId, new NewPromise(madeBy, Inputs.date("madeOn", madeOn), description));
            back();
        });
        return null;
    }

    public List<String> getRoles() {
        return Arrays.stream(AssignmentRole.values()).map(Enum::name).toList();
    }


    private void back() throws IOException {
        PageAction.redirect(faces, "/sources/view.xhtml?id=" + sourceId);
    }

    /** Rendered from the page's {@code id} parameter; posted back through the hidden field. */
    public String getSourceId() {
        return sourceId != null ? sourceId : faces.getExternalContext().getRequestParameterMap().get("id");
    }

    public void setSourceId(String sourceId) {
        this.sourceId = sourceId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getMadeBy() {
        return madeBy;
    }

    public void setMadeBy(String madeBy) {
        this.madeBy = madeBy;
    }

    public String getMadeOn() {
        return madeOn;
    }

    public void setMadeOn(String madeOn) {
        this.madeOn = madeOn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
