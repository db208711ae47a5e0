package org.hum.source.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.hum.access.control.AccessRule;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.api.Page;
import org.hum.api.Role;
import org.hum.api.source.SourceSummary;
import org.hum.api.source.SourceView;
import org.hum.audit.control.AuditTrail;
import org.hum.config.control.ClassificationLevels;
import org.hum.config.control.HumConfig;
import org.hum.rules.control.SourceStanding;
import org.hum.source.control.SourceFiles;
import org.hum.source.control.SourceStore;
import org.hum.source.control.SourceViews;
import org.hum.source.entity.Source;

import java.security.Principal;
import java.util.List;

/**
 * Reading source files (registering one is {@code registration.boundary.Registrations}). The transaction and security boundary: every read
 * goes through the access-aware {@link SourceStore}, every loaded file is re-checked
 * against {@link AccessRule}, and identifying particulars are decrypted only after both,
 * for holders of a true-identity grant. A file the caller may not see answers exactly as a
 * file that does not exist.
 */
@Stateless
public class SourceRegistry {

    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    SourceStore store;

    @Inject
    HumConfig config;

    @Inject
    AuditTrail audit;

    @Inject
    SourceFiles files;

    @Inject
    SourceStanding standings;

    @Inject
    SourceViews views;

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME,
            Role.COMPLIANCE_REVIEWER_NAME, Role.REPORTS_OFFICER_NAME})
    public SourceView find(String id) {
        Viewer viewer = viewers.of(principal);
        // a file the caller may not see reads as a missing one (the refusal audited in its own transaction)
        Source source = files.resolve(viewer, id, "ACCESS_REFUSED");
        audit.record("SOURCE_READ", "SOURCE", source.id(), views.label(source), AuditTrail.SUCCESS);
        return views.view(viewer, source);
    }

    /**
     * The file as {@link #find} reads it, with the true identity and the restricted particulars
     * left sealed: nothing is decrypted and no {@code TRUE_IDENTITY_VIEWED} is recorded. The
     * view's {@code identityVisible} still says whether the caller may ask for them, which is a
     * {@link #find} (the page's "show identity" action).
     */
    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME,
            Role.COMPLIANCE_REVIEWER_NAME, Role.REPORTS_OFFICER_NAME})
    public SourceView findIdentityWithheld(String id) {
        Viewer viewer = viewers.of(principal);
        Source source = files.resolve(viewer, id, "ACCESS_REFUSED");
        audit.record("SOURCE_READ", "SOURCE", source.id(), views.label(source), AuditTrail.SUCCESS);
        return views.withheld(viewer, source);
    }

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME,
            Role.COMPLIANCE_REVIEWER_NAME, Role.REPORTS_OFFICER_NAME})
    public Page<SourceSummary> list(int page, int size) {
        Viewer viewer = viewers.of(principal);
        ClassificationLevels levels = config.levels();
        List<Source> visible = store.page(viewer, page, size).stream()
                .filter(s -> AccessRule.dominates(viewer, s.label()))
                .toList();
        var statuses = standings.statuses(visible.stream().map(Source::id).toList());
        List<SourceSummary> items = visible.stream()
                .map(s -> new SourceSummary(s.id(), s.sourceNumber(), s.codeName(), s.compartment(),
                        levels.nameOf(s.classificationLevel()), s.registeredAt(), statuses.get(s.id())))
                .toList();
        audit.record("SOURCE_LISTED", "SOURCE", null, null, AuditTrail.SUCCESS);
        return new Page<>(items, page, size, store.count(viewer));
    }

}