package org.hum.web.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.Page;
import org.hum.api.audit.AuditEntryView;
import org.hum.api.audit.AuditQuery;
import org.hum.audit.boundary.AuditReview;
import org.hum.web.platform.PageAction;
import org.hum.web.present.AuditFilter;

import java.util.List;

/** The audit trail page for compliance reviewers: the same filters as the REST API, newest first. */
@Named
@RequestScoped
public class AuditBean {
    static final int SIZE = 50;

    @Inject
    AuditReview review;

    private String sourceId;
    private String actor;
    private String action;
    private String from;
    private String to;
    private int page;
    private Page<AuditEntryView> current;
    private String error;

    private Page<AuditEntryView> current() {
        if (current == null) {
            current = new Page<>(List.of(), page, SIZE, 0);
            // a refusal is shown beside the filters: the page's messages are already rendered
            Page<AuditEntryView> found = PageAction.read(() -> review.search(AuditQuery.parse(sourceId, actor, AuditFilter.action(action), from, to),
                    page, SIZE), "Only compliance reviewers read the audit trail.", refusal -> error = refusal);
            if (found != null) {
                current = found;
            }
        }
        return current;
    }

    public List<AuditEntryView> getItems() {
        return current().items();
    }

    public long getTotal() {
        return current().total();
    }

    /** Whether counting stopped at {@link #getTotal()}: that many entries or more match. */
    public boolean isTotalAtLeast() {
        return current().totalAtLeast();
    }

    /** Why the filters were refused, after the page asked for the entries; null if they were not. */
    public String getError() {
        current();
        return error;
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public boolean isHasNext() {
        return (long) (page + 1) * SIZE < current().total() || current().totalAtLeast() && current().items().size() == SIZE;
    }

    public String getSourceId() {
        return sourceId;
    }

    public void setSourceId(String sourceId) {
        this.sourceId = sourceId;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, Math.min(page, 1_000_000));
    }
}
