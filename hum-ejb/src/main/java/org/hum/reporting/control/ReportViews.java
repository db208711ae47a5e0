package org.hum.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.vetting.control.ReliabilityRegister;
import org.hum.access.control.AccessRule;
import org.hum.access.control.Viewer;
import org.hum.api.Role;
import org.hum.api.reporting.PartnerKind;
import org.hum.api.reporting.ReleasablePart;
import org.hum.api.reporting.ReportItemView;
import org.hum.api.reporting.ReportSummary;
import org.hum.api.reporting.ReportView;
import org.hum.api.reporting.RestrictedPart;
import org.hum.audit.control.AuditTrail;
import org.hum.config.control.HumConfig;
import org.hum.config.control.Ports;
import org.hum.contact.control.ContactRegister.ItemFact;
import org.hum.reporting.control.ReportStore.ItemRef;
import org.hum.rules.control.Rules;
import org.hum.source.control.SourceFiles;
import org.hum.source.entity.Source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A report version as its reader sees it: the releasable part for every reader who may see the
 * report, the restricted part (items and notes) only for one who may see every file drawn on.
 * Texts are opened here, for a caller the boundary has checked.
 */
@ApplicationScoped
public class ReportViews {
    @Inject
    Ports portList;

    @Inject
    ReportStore store;

    @Inject
    ReportTexts texts;

    @Inject
    ReportSubjects subjects;

    @Inject
    SourceDescriptionStore descriptions;

    @Inject
    SourceFiles files;

    @Inject
    HumConfig config;

    @Inject
    Rules rules;

    @Inject
    ReliabilityRegister reliability;


    public ReportView view(Viewer viewer, VersionRow v) {
        Source keyFile = keyFile(v);
        List<String> credibility = new ArrayList<>();
        List<ReportItemView> items = new ArrayList<>();
        List<RestrictedPart.DrawnFile> drawn = new ArrayList<>();
        List<ItemRef> refs = store.items(v.id());
        for (String sid : refs.stream().map(ItemRef::sourceId).distinct().toList()) {
            Source s = files.unrestricted(sid).orElseThrow();
            drawn.add(new RestrictedPart.DrawnFile(s.id(), config.levels().nameOf(s.label().level()),
                    List.copyOf(new TreeSet<>(s.label().compartments()))));
            Set<String> ids = refs.stream().filter(r -> r.sourceId().equals(sid)).map(ItemRef::itemId)
                    .collect(Collectors.toSet());
            for (ItemFact i : subjects.items(s)) {
                if (ids.contains(i.itemId())) {
                    items.add(item(i));
                    credibility.add(i.credibility());
                }
            }
        }
        ReleasablePart releasable = releasable(keyFile, v, credibility);
        boolean restricted = !viewer.hasRole(Role.PARTNER_NAME) && AccessRule.dominates(viewer, v.label());
        RestrictedPart part = restricted ? new RestrictedPart(items, open(keyFile, v, VersionRow.NOTES, v.notes()), drawn) : null;
        return new ReportView(v.id(), v.reportId(), v.version(), v.status(), title(v),
                config.levels().nameOf(v.level()), List.copyOf(v.compartments()), v.tlp(),
                v.releasableTo().stream().map(PartnerKind::valueOf).toList(), store.recipients(v.id()), v.purpose(),
                releasable, part, store.user(v.authorId())[0], v.createdAt(), v.submittedAt(), store.user(v.approvedBy())[0],
                v.releasedAt(), v.withdrawnAt());
    }

    /** Below the tearline only: what a partner reads of a released version. */
    public ReleasablePart releasable(VersionRow v) {
        List<String> credibility = new ArrayList<>();
        List<ItemRef> refs = store.items(v.id());
        for (String sid : refs.stream().map(ItemRef::sourceId).distinct().toList()) {
            Source s = files.unrestricted(sid).orElseThrow();
            Set<String> ids = refs.stream().filter(r -> r.sourceId().equals(sid)).map(ItemRef::itemId)
                    .collect(Collectors.toSet());
            subjects.items(s).stream().filter(i -> ids.contains(i.itemId())).forEach(i -> credibility.add(i.credibility()));
        }
        return releasable(keyFile(v), v, credibility);
    }

    private ReleasablePart releasable(Source keyFile, VersionRow v, List<String> credibility) {
        String description = v.sourceDescriptionId() == null ? null
                : descriptions.find(v.sourceDescriptionId()).map(d -> d.text()).orElse(null);
        return new ReleasablePart(open(keyFile, v, VersionRow.RELEASABLE_TEXT, v.releasableText()),
                open(keyFile, v, VersionRow.SUBJECT, v.subject()), open(keyFile, v, VersionRow.AREA, v.area()),
                v.ports(), portList.names(v.ports()), v.concerning(), description, reliabilityOf(v),
                credibility.stream().distinct().sorted().toList(), rules.current().grading().name());
    }

    public ReportSummary summary(VersionRow v) {
        return new ReportSummary(v.id(), v.reportId(), v.version(), v.status(), title(v), v.tlp(),
                config.levels().nameOf(v.level()), store.user(v.authorId())[0], v.updatedAt());
    }

    public static ReportItemView item(ItemFact i) {
        return new ReportItemView(i.itemId(), i.contactId(), i.sourceId(), i.occurredAt(), i.credibility(), i.handling(), i.text());
    }

    public String title(VersionRow v) {
        return open(keyFile(v), v, VersionRow.TITLE, v.title());
    }

    public String open(Source keyFile, VersionRow v, String column, byte[] envelope) {
        return texts.open(keyFile, v.dekVersion(), VersionRow.ENTITY, column, v.id(), envelope);
    }

    public Source keyFile(VersionRow v) {
        return files.unrestricted(v.keySourceId()).orElseThrow();
    }

    /** The version's label as audit text. */
    public String label(VersionRow v) {
        return AuditTrail.label(config.levels().nameOf(v.level()), v.compartments());
    }

    /**
     * The reliability grade carried over: the grade of the file drawn on, or of each file drawn
     * on (distinct, in order, joined by a slash) when they differ; null when none was graded.
     */
    String reliabilityOf(VersionRow v) {
        List<String> grades = store.items(v.id()).stream().map(ItemRef::sourceId).distinct()
                .map(reliability::current).flatMap(Optional::stream).distinct().toList();
        return grades.isEmpty() ? null : String.join("/", grades);
    }
}
