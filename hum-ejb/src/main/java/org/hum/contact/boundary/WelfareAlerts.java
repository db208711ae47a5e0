package org.hum.contact.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.hum.access.control.AccessRule;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.api.Role;
import org.hum.api.contact.WelfareAlertView;
import org.hum.api.contact.WelfareAlertsView;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.audit.control.AuditLog;
import org.hum.audit.control.AuditTrail;
import org.hum.contact.control.ContactRecords;
import org.hum.contact.control.ContactViews;
import org.hum.contact.entity.WelfareAlert;
import org.hum.config.control.PageBounds;
import org.hum.config.control.RuleClock;
import org.hum.source.control.SourceFiles;
import org.hum.source.entity.Source;

import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The alerts to controllers of welfare and security concerns raised at contacts: listed for
 * controllers and authorising officers (of files they may see) until a controller acknowledges
 * them. An alert of a file the caller may not see answers 404 like a missing one.
 */
@Stateless
public class WelfareAlerts {
    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    SourceFiles files;

    @Inject
    ContactRecords records;

    @Inject
    ContactViews views;

    @Inject
    @RuleClock
    Clock clock;

    @Inject
    AuditTrail audit;

    @EJB
    AuditLog refusals;

    /**
     * A page of the open alerts of the files the reader may see, oldest first: found, ordered and
     * counted (to 1,000) in SQL with the files' labels against the reader's, each line checked
     * again here by the access rule (docs/performance.md, "Statements per request").
     */
    @RolesAllowed({Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME})
    public WelfareAlertsView open(int from, int size) {
        PageBounds.require(from, "the oldest open alert", size, WelfareAlertsView.MAX_PAGE);
        Viewer viewer = viewers.of(principal);
        ContactRecords.AlertPage page = records.openAlertsPage(viewer, from, size);
        Map<String, Source> sources = files.unrestricted(page.alerts().stream().map(WelfareAlert::sourceId)
                .collect(Collectors.toSet()));
        Map<String, String> names = new HashMap<>();
        List<WelfareAlertView> out = new ArrayList<>();
        for (WelfareAlert a : page.alerts()) {
            Optional.ofNullable(sources.get(a.sourceId())).filter(s -> !s.isDestroyed())
                    .filter(s -> AccessRule.dominates(viewer, s.label()))
                    .ifPresent(s -> out.add(views.alert(s, a, names)));
        }
        audit.record("WELFARE_ALERTS_READ", "WELFARE_ALERT", null, null, AuditTrail.SUCCESS);
        long dropped = page.alerts().size() - out.size();
        return new WelfareAlertsView(List.copyOf(out), Math.max(out.size(), page.total() - dropped), page.atLeast(), from);
    }

    @RolesAllowed(Role.CONTROLLER_NAME)
    public WelfareAlertView acknowledge(String id) {
        Viewer viewer = viewers.of(principal);
        String canonical = SourceFiles.canonical(id);
        WelfareAlert alert = (canonical == null ? java.util.Optional.<WelfareAlert>empty() : records.alertForUpdate(canonical))
                .orElseThrow(() -> {
                    refusals.refused("ACCESS_REFUSED", "WELFARE_ALERT", canonical == null ? "(not an id)" : canonical, null);
                    return HumException.notFound("welfare alert");
                });
        Source source = files.resolve(viewer, alert.sourceId(), "welfare alert", id);
        String label = files.label(source);
        Map<String, String> names = new HashMap<>();
        if (!alert.open()) {
            refusals.refused("WELFARE_ALERT_ACKNOWLEDGE", "WELFARE_ALERT", alert.id(), label);
            throw new HumException(ErrorCode.CONFLICT, "This alert was already acknowledged by "
                    + records.username(names, alert.acknowledgedBy()) + " at " + alert.acknowledgedAt() + ".");
        }
        alert.acknowledged(viewer.userId(), clock.instant());
        audit.record("WELFARE_ALERT_ACKNOWLEDGED", "WELFARE_ALERT", alert.id(), label, AuditTrail.SUCCESS);
        return views.alert(source, alert, names);
    }
}
