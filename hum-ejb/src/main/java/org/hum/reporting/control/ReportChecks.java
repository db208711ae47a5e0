package org.hum.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.vetting.control.ReliabilityRegister;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.RuleViolation;
import org.hum.api.reporting.IdentifyingDetailFound;
import org.hum.api.reporting.PartnerKind;
import org.hum.api.reporting.ReportFinding;
import org.hum.api.reporting.ReportRules;
import org.hum.api.reporting.SourceDescriptionView;
import org.hum.api.reporting.Tlp;
import org.hum.api.source.AccessKind;
import org.hum.contact.control.ContactRegister.ItemFact;
import org.hum.reporting.control.ReportStore.ItemRef;
import org.hum.source.control.SourceFiles;
import org.hum.source.control.SourceRecords;
import org.hum.source.entity.Source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What submission and approval ask of a version: the identifying-detail check over its title,
 * releasable part and purpose (particulars decrypted for the check only), a purpose, an approved
 * source description that fits every source drawn on, and recipients its marking allows.
 */
@ApplicationScoped
public class ReportChecks {
    @Inject
    ReliabilityRegister reliability;

    @Inject
    ReportStore store;

    @Inject
    ReportViews views;

    @Inject
    ReportSubjects subjects;

    @Inject
    SourceDescriptionStore descriptions;

    @Inject
    SourceRecords sourceRecords;

    @Inject
    SourceFiles files;

    @Inject
    WatchList watchList;

    /** The check, the source description and the recipients: what submission and approval ask. */
    public void requireReleasable(VersionRow v) {
        List<ReportFinding> findings = findings(v);
        if (!findings.isEmpty()) {
            throw new IdentifyingDetailFound(findings);
        }
        if (v.purpose() == null || v.purpose().isBlank()) {
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, ReportRules.PURPOSE,
                    "A report is released only with its purpose: why it is released (the dissemination log records it).",
                    "Give the report's purpose (purpose), then submit again.");
        }
        Optional<SourceDescriptionView> description = v.sourceDescriptionId() == null ? Optional.empty()
                : descriptions.find(v.sourceDescriptionId()).filter(SourceDescriptionView::active);
        if (description.isEmpty()) {
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, ReportRules.SOURCE_DESCRIPTION,
                    "The releasable part describes its source by an approved description only.",
                    "Choose one of the approved source descriptions (sourceDescriptionId).");
        }
        AccessKind fits = description.get().access();
        if (fits != null && store.items(v.id()).stream().map(ItemRef::sourceId).distinct()
                .map(sid -> sourceRecords.particulars(sid).map(p -> p.accessKind()).orElse(null))
                .anyMatch(kind -> kind != null && !kind.equals(fits.name()))) {
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, ReportRules.SOURCE_DESCRIPTION,
                    "The chosen source description is for sources with " + fits + " access; a source drawn on has other access.",
                    "Choose an approved source description that fits every source drawn on.");
        }
        List<String> fitsGrades = description.get().reliabilities();
        if (fitsGrades != null && !fitsGrades.isEmpty()) {
            List<String> graded = store.items(v.id()).stream().map(ItemRef::sourceId).distinct()
                    .map(reliability::current).flatMap(Optional::stream).toList();
            if (graded.stream().anyMatch(g -> !fitsGrades.contains(g))) {
                throw new RuleViolation(ErrorCode.UNPROCESSABLE, ReportRules.SOURCE_DESCRIPTION,
                        "The chosen source description is for sources graded " + String.join(" or ", fitsGrades)
                                + "; a source drawn on is graded otherwise.",
                        "Choose an approved source description that fits the grade of every source drawn on.");
            }
        }
        ReportLifecycle.checkRecipients(Tlp.fromWire(v.tlp()).orElseThrow(),
                v.releasableTo().stream().map(PartnerKind::valueOf).toList(), store.recipients(v.id()));
    }

    public List<ReportFinding> findings(VersionRow v) {
        Source keyFile = views.keyFile(v);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", views.open(keyFile, v, VersionRow.TITLE, v.title()));
        fields.put("releasableText", views.open(keyFile, v, VersionRow.RELEASABLE_TEXT, v.releasableText()));
        fields.put("subject", views.open(keyFile, v, VersionRow.SUBJECT, v.subject()));
        fields.put("area", views.open(keyFile, v, VersionRow.AREA, v.area()));
        fields.put("purpose", v.purpose());
        return findings(fields, store.items(v.id()));
    }

    /**
     * The check over texts that leave with or about a report but are not sealed in it (the purpose
     * of release, a withdrawal's reason), against the particulars of the items given: 422
     * {@code report.identifying-detail} on a finding, before anything is written.
     */
    public void requireClear(Map<String, String> fields, List<ItemRef> refs) {
        List<ReportFinding> findings = findings(fields, refs);
        if (!findings.isEmpty()) {
            throw new IdentifyingDetailFound(findings);
        }
    }

    private List<ReportFinding> findings(Map<String, String> fields, List<ItemRef> refs) {
        List<Source> drawn = new ArrayList<>();
        List<ItemFact> used = new ArrayList<>();
        for (String sid : refs.stream().map(ItemRef::sourceId).distinct().toList()) {
            Source s = files.unrestricted(sid).orElseThrow();
            drawn.add(s);
            Set<String> ids = refs.stream().filter(r -> r.sourceId().equals(sid)).map(ItemRef::itemId)
                    .collect(Collectors.toSet());
            subjects.items(s).stream().filter(i -> ids.contains(i.itemId())).forEach(used::add);
        }
        WatchList.Terms terms = watchList.terms();
        return IdentifyingDetailCheck.check(fields, subjects.particulars(drawn, used), terms.lengths(),
                run -> terms.contains(run, watchList));
    }
}
