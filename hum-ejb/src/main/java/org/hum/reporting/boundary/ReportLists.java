package org.hum.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hum.access.control.AccessRule;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.api.Role;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.api.error.RuleViolation;
import org.hum.api.reporting.DisseminationAction;
import org.hum.api.reporting.DisseminationView;
import org.hum.api.reporting.NewSourceDescription;
import org.hum.api.reporting.NewWatchTerm;
import org.hum.api.reporting.ReportRules;
import org.hum.api.reporting.SourceDescriptionView;
import org.hum.api.reporting.WatchTermView;
import org.hum.audit.control.AuditTrail;
import org.hum.config.control.RuleClock;
import org.hum.reporting.control.IdentifyingDetailCheck;
import org.hum.reporting.control.ReportStore;
import org.hum.reporting.control.SourceDescriptionStore;
import org.hum.reporting.control.WatchList;
import org.hum.source.control.SourceFiles;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What controllers keep for reports (approved source descriptions, the watch list) and the
 * dissemination log reviewers read. Watch terms are hashed before anything else touches them.
 */
@Stateless
public class ReportLists {
    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    SourceDescriptionStore descriptions;

    @Inject
    WatchList watchList;

    @Inject
    ReportStore store;

    @Inject
    @RuleClock
    Clock clock;

    @Inject
    AuditTrail audit;

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @RolesAllowed({Role.CONTROLLER_NAME, Role.REPORTS_OFFICER_NAME})
    public List<SourceDescriptionView> descriptions(boolean all) {
        return descriptions.list(all && viewers.of(principal).hasRole(Role.CONTROLLER_NAME));
    }

    @RolesAllowed(Role.CONTROLLER_NAME)
    public SourceDescriptionView addDescription(@NotNull @Valid NewSourceDescription d) {
        Viewer viewer = viewers.of(principal);
        String id = UUID.randomUUID().toString();
        List<String> grades = d.reliabilities() == null ? List.of() : d.reliabilities().stream().map(String::strip).distinct().toList();
        descriptions.insert(id, d.text().strip(), grades, d.access(), viewer.userId(), now());
        audit.record("SOURCE_DESCRIPTION_ADDED", "SOURCE_DESCRIPTION", id, null, AuditTrail.SUCCESS);
        return descriptions.find(id).orElseThrow();
    }

    @RolesAllowed(Role.CONTROLLER_NAME)
    public void retireDescription(String id) {
        String canonical = SourceFiles.canonical(id);
        if (canonical == null || descriptions.retire(canonical) == 0) {
            throw HumException.notFound("source description");
        }
        audit.record("SOURCE_DESCRIPTION_RETIRED", "SOURCE_DESCRIPTION", canonical, null, AuditTrail.SUCCESS);
    }

    @RolesAllowed(Role.CONTROLLER_NAME)
    public List<WatchTermView> watchTerms() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select t.id, t.words, u.username, t.added_at from watch_term t "
                + "join app_user u on u.id = t.added_by order by t.seq").getResultList();
        return rows.stream().map(r -> new WatchTermView((String) r[0], ((Number) r[1]).intValue(), (String) r[2],
                ReportStore.instant(r[3]))).toList();
    }

    @RolesAllowed(Role.CONTROLLER_NAME)
    public WatchTermView addWatchTerm(@NotNull @Valid NewWatchTerm term) {
        Viewer viewer = viewers.of(principal);
        String form = IdentifyingDetailCheck.watchForm(term.term());
        if (form.isEmpty()) {
            throw HumException.invalid("term", "must hold letters or digits");
        }
        byte[] hash = watchList.hash(form);
        @SuppressWarnings("unchecked")
        List<Object> taken = em.createNativeQuery("select id from watch_term where term_hmac = ?").setParameter(1, hash).getResultList();
        if (!taken.isEmpty()) {
            throw new RuleViolation(ErrorCode.RULE_VIOLATION, ReportRules.WATCH_TERM_DUPLICATE,
                    "This term is already on the watch list.", "Nothing to do: it is watched.");
        }
        String id = UUID.randomUUID().toString();
        Instant now = now();
        em.createNativeQuery("insert into watch_term (id, term_hmac, words, added_by, added_at) values (?,?,?,?,?)")
                .setParameter(1, id).setParameter(2, hash).setParameter(3, IdentifyingDetailCheck.watchWords(term.term()))
                .setParameter(4, viewer.userId()).setParameter(5, ReportStore.ts(now)).executeUpdate();
        audit.record("WATCH_TERM_ADDED", "WATCH_TERM", id, null, AuditTrail.SUCCESS);
        return new WatchTermView(id, IdentifyingDetailCheck.watchWords(term.term()), viewer.username(), now);
    }

    @RolesAllowed(Role.CONTROLLER_NAME)
    public void removeWatchTerm(String id) {
        String canonical = SourceFiles.canonical(id);
        if (canonical == null || em.createNativeQuery("delete from watch_term where id = ?").setParameter(1, canonical).executeUpdate() == 0) {
            throw HumException.notFound("watch term");
        }
        audit.record("WATCH_TERM_REMOVED", "WATCH_TERM", canonical, null, AuditTrail.SUCCESS);
    }

    /** The dissemination log, newest first, at most {@code max} rows. */
    @RolesAllowed(Role.COMPLIANCE_REVIEWER_NAME)
    public List<DisseminationView> disseminations(String reportId, DisseminationAction action, String recipient, Instant from,
                                                  Instant to, int max) {
        String report = reportId == null || reportId.isBlank() ? null : SourceFiles.canonical(reportId);
        if (reportId != null && !reportId.isBlank() && report == null) {
            throw HumException.invalid("reportId", "must be a report id");
        }
        audit.record("DISSEMINATION_LOG_READ", "DISSEMINATION", "(log)", null, AuditTrail.SUCCESS);
        // the log obeys the reports' need-to-know rule: a row of a report the reviewer may not see is left out
        Viewer viewer = viewers.of(principal);
        Map<String, Boolean> visible = new HashMap<>();
        return store.disseminations(report, action == null ? null : action.name(), recipient, from, to, max).stream()
                .filter(r -> visible.computeIfAbsent((String) r[4], v -> store.find(v)
                        .map(row -> AccessRule.dominates(viewer, row.label())).orElse(false)))
                .map(r -> new DisseminationView((String) r[0], DisseminationAction.valueOf((String) r[2]),
                        (String) r[3], (String) r[4], ((Number) r[5]).intValue(), (String) r[6], (String) r[7], (String) r[8],
                        (String) r[9], ReportStore.instant(r[10]))).toList();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
