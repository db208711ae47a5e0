package org.hum.web.oversight;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.oversight.DestructionApproval;
import org.hum.api.oversight.DestructionAsk;
import org.hum.api.oversight.DestructionRefusal;
import org.hum.api.oversight.DestructionView;
import org.hum.api.oversight.RetentionDueView;
import org.hum.oversight.boundary.Destructions;
import org.hum.web.platform.Inputs;
import org.hum.web.platform.PageAction;

import java.io.IOException;
import java.util.List;

/**
 * Retention and destruction for controllers, authorising officers and compliance reviewers: the
 * files no longer in use with the day their retention period ends, the destruction requests, and
 * the forms to request a destruction (controllers, authorising officers) and to approve or refuse
 * one (authorising officers; an override reason only from a senior approver, while the period runs).
 */
@Named
@RequestScoped
public class DestructionsPage {
    static final String REQUEST_FORM = "request";
    static final String DECIDE_FORM = "decide";
    private static final String FORBIDDEN = "Retention and destruction are for controllers, authorising officers and "
            + "compliance reviewers.";
    private static final String PAGE = "/oversight/destructions.xhtml?faces-redirect=true";

    @Inject
    Destructions destructions;

    @Inject
    FacesContext faces;

    private List<RetentionDueView> due;
    private List<DestructionView> requests;
    private String sourceId;
    private String reason;
    private String requestId;
    private String overrideReason;
    private String refusalReason;

    public List<RetentionDueView> getDue() {
        if (due == null) {
            List<RetentionDueView> found = PageAction.onTop(faces).forbidden(FORBIDDEN).call(() -> destructions.due());
            due = found == null ? List.of() : found;
        }
        return due;
    }

    public List<DestructionView> getRequests() {
        if (requests == null) {
            List<DestructionView> found = PageAction.onTop(faces).forbidden(null).call(() -> destructions.list());
            requests = found == null ? List.of() : found;
        }
        return requests;
    }

    public List<DestructionView> getPending() {
        return getRequests().stream().filter(r -> "PENDING".equals(r.status())).toList();
    }

    public String request() throws IOException {
        return PageAction.on(faces, REQUEST_FORM).done(() -> destructions.request(new DestructionAsk(sourceId, reason)),
                "The destruction was requested; another authorising officer approves or refuses it.", PAGE);
    }

    public String approve() throws IOException {
        return PageAction.on(faces, DECIDE_FORM).done(() -> destructions.approve(requestId,
                        new DestructionApproval(Inputs.orNull(overrideReason))),
                "The destruction was approved: the file was crypto-shredded.", PAGE);
    }

    public String refuse() throws IOException {
        return PageAction.on(faces, DECIDE_FORM).done(() -> destructions.refuse(requestId,
                new DestructionRefusal(refusalReason)), "The destruction was refused; the file is kept.", PAGE);
    }

    public String getSourceId() { return sourceId; }
    public void setSourceId(String v) { this.sourceId = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { this.reason = v; }
    public String getRequestId() { return requestId; }
    public void setRequestId(String v) { this.requestId = v; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String v) { this.overrideReason = v; }
    public String getRefusalReason() { return refusalReason; }
    public void setRefusalReason(String v) { this.refusalReason = v; }
}
