package org.hum.web.standing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.standing.Deactivation;
import org.hum.api.standing.StandingReason;
import org.hum.api.standing.StandingView;
import org.hum.standing.boundary.SourceStandings;
import org.hum.web.platform.PageAction;
import org.hum.web.source.SourceBean;

import java.io.IOException;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The status panel of a source's page: its standing and history, and the forms to deactivate,
 * reactivate (or request it), approve a reactivation and approve contact, shown to those the
 * server says may use them. Every rule is checked by the boundary; a refusal shows its message.
 */
@Named
@RequestScoped
public class StandingBean {
    static final String DEACTIVATE = "deactivate";
    static final String REACTIVATE = "reactivate";
    static final String APPROVE_REACTIVATION = "approveReactivation";
    static final String APPROVE_CONTACT = "approveContact";

    @Inject
    SourceStandings standings;

    @Inject
    SourceBean sourceBean;

    @Inject
    FacesContext faces;

    private StandingView standing;
    private boolean loaded;

    private String reason;
    private boolean forCause;
    private boolean sourceTold;
    private String delayReason;
    private String reactivationReason;
    private String approvalReason;
    private String contactReason;

    public StandingView getStanding() {
        if (!loaded) {
            loaded = true;
            if (sourceBean.getSource() == null) {
                return null; // the page already says the file does not exist or may not be seen
            }
            standing = PageAction.quietly(() -> standings.standing(sourceBean.getId()), null);
        }
        return standing;
    }

    public String deactivate() throws IOException {
        return act(DEACTIVATE, () -> standings.deactivate(sourceBean.getId(),
                new Deactivation(reason, forCause, sourceTold, delayReason)), "The source was deactivated.");
    }

    public String reactivate() throws IOException {
        return act(REACTIVATE, () -> standings.reactivate(sourceBean.getId(), new StandingReason(reactivationReason)),
                null);
    }

    public String approveReactivation() throws IOException {
        return act(APPROVE_REACTIVATION, () -> standings.approveReactivation(sourceBean.getId(),
                new StandingReason(approvalReason)), "The reactivation was approved: the source is active.");
    }

    public String approveContact() throws IOException {
        return act(APPROVE_CONTACT, () -> standings.approveContact(sourceBean.getId(),
                new StandingReason(contactReason)), "Contact with the source was approved.");
    }

    private String act(String form, Supplier<StandingView> action, String done) throws IOException {
        // the reasons of each form are all named "reason" on the page
        PageAction.on(faces, form).forbidden("Your roles do not allow this action.")
                .inputs(field -> field.toLowerCase(Locale.ROOT).contains("delay") ? "delayReason" : "reason")
                .run(() -> {
                    StandingView after = action.get();
                    PageAction.confirm(faces, done != null ? done : switch (after.status()) {
                        case ACTIVE -> "The source is active again.";
                        default -> "The reactivation was requested: a senior approver must approve it.";
                    });
                    PageAction.redirect(faces, "/sources/view.xhtml?id=" + after.sourceId());
                });
        return null;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isForCause() {
        return forCause;
    }

    public void setForCause(boolean forCause) {
        this.forCause = forCause;
    }

    public boolean isSourceTold() {
        return sourceTold;
    }

    public void setSourceTold(boolean sourceTold) {
        this.sourceTold = sourceTold;
    }

    public String getDelayReason() {
        return delayReason;
    }

    public void setDelayReason(String delayReason) {
        this.delayReason = delayReason;
    }

    public String getReactivationReason() {
        return reactivationReason;
    }

    public void setReactivationReason(String reactivationReason) {
        this.reactivationReason = reactivationReason;
    }

    public String getApprovalReason() {
        return approvalReason;
    }

    public void setApprovalReason(String approvalReason) {
        this.approvalReason = approvalReason;
    }

    public String getContactReason() {
        return contactReason;
    }

    public void setContactReason(String contactReason) {
        this.contactReason = contactReason;
    }
}
