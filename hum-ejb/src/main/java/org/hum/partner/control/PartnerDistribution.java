package org.hum.partner.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.hum.api.reporting.DisseminationAction;
import org.hum.api.reporting.PartnerKind;
import org.hum.reporting.control.ReportRecalled;
import org.hum.reporting.control.ReportReleased;
import org.hum.reporting.control.ReportStore;
import org.hum.reporting.control.VersionRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Places releases and recalls in the collections of the organisations they reach, inside the
 * release's or withdrawal's own transaction (docs/domain.md, "The partner exchange"): a version
 * reaches every active organisation it names as a recipient and every one of a kind it is
 * releasable to (a TLP:RED report names its recipients and no kind). Each placement is a DELIVERY row of the
 * dissemination log; a recall is a RECALL row for each organisation that held a version (one the
 * version names has it from the report's own recall, against its named recipients). For an
 * organisation with a push address, each is also written to the push outbox in the same
 * transaction, so it is pushed if and only if it committed.
 */
@ApplicationScoped
public class PartnerDistribution {
    @Inject
    PartnerStore partners;

    @Inject
    ReportStore reports;

    void released(@Observes ReportReleased e) {
        VersionRow v = reports.find(e.versionId()).orElseThrow();
        List<OrgRow> to = recipients(v);
        if (to.isEmpty()) {
            return;
        }
        var first = partners.takeClock(e.at(), to.size());
        for (int i = 0; i < to.size(); i++) {
            OrgRow o = to.get(i);
            long entry = partners.insertEntry(o.id(), v.reportId(), v.id(), v.version(), EntryRow.Kind.RELEASE,
                    first.plusNanos(i * PartnerStore.ENTRY_STEP_MICROS * 1000), null);
            if (o.pushUrl() != null) {
                partners.insertOutbox(o.id(), entry, e.actorId(), e.at());
            }
            reports.log(DisseminationAction.DELIVERY, v, List.of(o.name()), "placed in the organisation's collection",
                    e.actorId(), e.at());
        }
    }

    void recalled(@Observes ReportRecalled e) {
        Set<String> keeping = e.regradedTo() == null ? Set.of()
                : Set.copyOf(recipients(reports.find(e.regradedTo()).orElseThrow()).stream().map(OrgRow::id).toList());
        List<String> orgIds = partners.receivers(e.reportId()).stream().filter(id -> !keeping.contains(id)).sorted().toList();
        List<EntryRow> toRecall = new ArrayList<>();
        for (String orgId : orgIds) {
            List<EntryRow> held = partners.entriesOfReport(orgId, e.reportId());
            if (held.isEmpty() || held.get(held.size() - 1).kind() == EntryRow.Kind.RECALL) {
                continue; // recalled already
            }
            toRecall.add(held.stream().filter(x -> x.kind() == EntryRow.Kind.RELEASE)
                    .max(Comparator.comparing(EntryRow::dateAdded)).orElseThrow());
        }
        if (toRecall.isEmpty()) {
            return;
        }
        var first = partners.takeClock(e.at(), toRecall.size());
        for (int i = 0; i < toRecall.size(); i++) {
            EntryRow last = toRecall.get(i);
            long entry = partners.insertEntry(last.orgId(), last.reportId(), last.versionId(), last.version(),
                    EntryRow.Kind.RECALL, first.plusNanos(i * PartnerStore.ENTRY_STEP_MICROS * 1000), e.reason());
            if (partners.org(last.orgId()).map(OrgRow::pushUrl).isPresent()) {
                partners.insertOutbox(last.orgId(), entry, e.actorId(), e.at());
            }
            VersionRow v = reports.find(last.versionId()).orElseThrow();
            String name = partners.org(last.orgId()).map(OrgRow::name).orElse(last.orgId());
            if (!reports.recipients(v.id()).contains(name)) {
                // an organisation the version names has its RECALL row from the report's own recall already
                reports.log(DisseminationAction.RECALL, v, List.of(name), e.reason(), e.actorId(), e.at());
            }
        }
    }

    /** The active organisations a released version reaches. */
    List<OrgRow> recipients(VersionRow v) {
        Set<PartnerKind> kinds = Set.copyOf(v.releasableTo().stream().map(PartnerKind::valueOf).toList());
        List<String> named = reports.recipients(v.id());
        return partners.orgs().stream().filter(o -> reaches(o, kinds, named)).toList();
    }

    /** A version reaches every active organisation it names, and every one of a kind it is releasable to. */
    static boolean reaches(OrgRow o, Set<PartnerKind> kinds, List<String> named) {
        return o.active() && (kinds.contains(o.kind()) || named.contains(o.name()));
    }
}
