package org.hum.oversight.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hum.access.control.AccessRule;
import org.hum.access.control.Viewer;
import org.hum.access.control.Usernames;
import org.hum.access.control.Viewers;
import org.hum.api.Role;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.FieldError;
import org.hum.api.error.HumException;
import org.hum.api.error.RuleViolation;
import org.hum.api.oversight.CheckAnswer;
import org.hum.api.oversight.ChecklistAnswers;
import org.hum.api.oversight.ChecklistItem;
import org.hum.api.oversight.NewSample;
import org.hum.api.oversight.SampleView;
import org.hum.audit.control.AuditTrail;
import org.hum.config.control.RuleClock;
import org.hum.oversight.control.ErrorTexts;
import org.hum.oversight.control.SampleDraw;
import org.hum.oversight.control.SampleStore;
import org.hum.oversight.entity.FileSample;
import org.hum.oversight.entity.SampleChecklist;
import org.hum.oversight.entity.SampleMember;
import org.hum.source.control.SourceFiles;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.Source;

import java.security.Principal;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Random file sampling for inspection (docs/domain.md, "Oversight"): a compliance reviewer draws n
 * files (or a percentage) of the register they may see with a seed that is kept, so the same seed
 * over the same register draws the same files; completes each sampled file's checklist once; and
 * reads the samples back. A sample with a drawn file the reader may not see is not theirs to read
 * (listed to nobody else, 404 as a missing one): the files it holds, and how many, would tell of
 * hidden files. Its population (the size of the drawer's register) is shown to the drawer only, for
 * the same reason. The draw and every checklist are audited.
 */
@Stateless
@RolesAllowed(Role.COMPLIANCE_REVIEWER_NAME)
public class FileSamples {
    private static final SecureRandom SEEDS = new SecureRandom();

    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    Usernames usernames;

    @Inject
    SourceStore sources;

    @Inject
    SourceFiles files;

    @Inject
    SampleStore store;

    @Inject
    ErrorTexts texts;

    @Inject
    @RuleClock
    Clock clock;

    @Inject
    AuditTrail audit;


    public SampleView draw(@NotNull @Valid NewSample request) {
        if ((request.size() == null) == (request.percent() == null)) {
            throw new HumException(ErrorCode.INVALID_INPUT, "Give either size (a number of files) or percent (of the "
                    + "register), not both and not neither.", List.of(new FieldError("size", "give size or percent, not both"),
                    new FieldError("percent", "give size or percent, not both")));
        }
        Viewer viewer = viewers.of(principal);
        List<String> population = sources.visibleIds(viewer);
        if (population.isEmpty()) {
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, "sample.empty-register",
                    "There is no file in the register you may see to draw from.", "Ask for the compartments you review.");
        }
        long seed = request.seed() != null ? request.seed() : SEEDS.nextLong();
        List<String> drawn = SampleDraw.draw(population, SampleDraw.count(request.size(), request.percent(),
                population.size()), seed);
        String id = UUID.randomUUID().toString();
        List<SampleMember> members = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            members.add(new SampleMember(id, i + 1, drawn.get(i)));
        }
        FileSample sample = new FileSample(id, seed, request.size(), request.percent(), population.size(), viewer.userId(),
                clock.instant());
        store.record(sample, members);
        audit.record("FILE_SAMPLE_DRAWN", "FILE_SAMPLE", id, null, AuditTrail.SUCCESS);
        return view(viewer, sample, usernames.lookup()).orElseThrow();
    }

    public List<SampleView> samples() {
        Viewer viewer = viewers.of(principal);
        Usernames.Lookup names = usernames.lookup();
        List<SampleView> out = new ArrayList<>();
        for (FileSample s : store.all()) {
            view(viewer, s, names).ifPresent(out::add);
        }
        audit.record("FILE_SAMPLES_READ", "FILE_SAMPLE", null, null, AuditTrail.SUCCESS);
        return out;
    }

    public SampleView sample(String id) {
        Viewer viewer = viewers.of(principal);
        FileSample s = find(id, false);
        SampleView view = view(viewer, s, usernames.lookup()).orElseThrow(() -> HumException.notFound("sample"));
        audit.record("FILE_SAMPLE_READ", "FILE_SAMPLE", s.id(), null, AuditTrail.SUCCESS);
        return view;
    }

    /** Completes a sampled file's checklist, once: every item answered; a note required when any answer is NO. */
    public SampleView complete(String sampleId, String sourceId, @NotNull @Valid ChecklistAnswers checklist) {
        Viewer viewer = viewers.of(principal);
        // locked: two completions of one file's checklist at once are one 409, not a duplicate key
        FileSample sample = find(sampleId, true);
        if (view(viewer, sample, usernames.lookup()).isEmpty()) {
            throw HumException.notFound("sample");
        }
        Source source = files.resolve(viewer, sourceId, "SAMPLE_CHECKLIST");
        if (store.members(sample.id()).stream().noneMatch(m -> m.sourceId().equals(source.id()))) {
            throw HumException.notFound("sampled file");
        }
        List<ChecklistItem> missing = SampleDraw.missing(checklist.answers());
        if (!missing.isEmpty()) {
            throw new HumException(ErrorCode.INVALID_INPUT, "Answer every item of the checklist (YES, NO or NOT_APPLICABLE).",
                    missing.stream().map(i -> new FieldError("answers." + i.name(), "is required: YES, NO or NOT_APPLICABLE"))
                            .toList());
        }
        boolean failed = checklist.answers().containsValue(CheckAnswer.NO);
        if (failed && (checklist.note() == null || checklist.note().isBlank())) {
            throw HumException.invalid("note", "is required when an answer is NO: say what was found");
        }
        if (store.checklists(sample.id()).stream().anyMatch(c -> c.sourceId().equals(source.id()))) {
            throw new RuleViolation(ErrorCode.RULE_VIOLATION, "sample.checklist-completed",
                    "This file's checklist in this sample was already completed; results are kept as completed.",
                    "Record a relevant error in the error register if something more was found.");
        }
        String rowId = sample.id() + "/" + source.id();
        byte[] note = checklist.note() == null || checklist.note().isBlank() ? null
                : texts.seal(texts.key(source), SampleChecklist.ENTITY, SampleChecklist.NOTE, rowId, checklist.note());
        store.record(new SampleChecklist(sample.id(), source.id(), SampleDraw.encode(checklist.answers()),
                source.dekVersion(), note, viewer.userId(), clock.instant()));
        audit.record("FILE_SAMPLE_CHECKLIST_COMPLETED", "SOURCE", source.id(), files.label(source), AuditTrail.SUCCESS);
        return view(viewer, sample, usernames.lookup()).orElseThrow();
    }

    private FileSample find(String id, boolean locking) {
        String canonical = SourceFiles.canonical(id);
        return (canonical == null ? Optional.<FileSample>empty() : store.find(canonical, locking))
                .orElseThrow(() -> HumException.notFound("sample"));
    }

    /** The sample as this reader sees it; empty when a live file it holds is hidden from them. */
    private Optional<SampleView> view(Viewer viewer, FileSample s, Usernames.Lookup names) {
        Map<String, SampleChecklist> checklists = new HashMap<>();
        store.checklists(s.id()).forEach(c -> checklists.put(c.sourceId(), c));
        List<SampleView.SampledFile> drawn = new ArrayList<>();
        int completed = 0;
        for (SampleMember m : store.members(s.id())) {
            Source source = files.unrestricted(m.sourceId()).filter(x -> !x.isDestroyed()).orElse(null);
            if (source == null) {
                continue; // destroyed since the draw: nothing of it is left to show
            }
            if (!AccessRule.dominates(viewer, source.label())) {
                return Optional.empty();
            }
            SampleChecklist c = checklists.get(source.id());
            SampleView.Checklist checklist = null;
            if (c != null) {
                completed++;
                var answers = SampleDraw.decode(c.answers());
                checklist = new SampleView.Checklist(answers, texts.open(source, c.dekVersion(), SampleChecklist.ENTITY,
                        SampleChecklist.NOTE, c.rowId(), c.note()), !answers.containsValue(CheckAnswer.NO),
                        names.of(c.completedBy()), c.completedAt());
            }
            drawn.add(new SampleView.SampledFile(m.position(), source.id(), source.codeName(), checklist));
        }
        return Optional.of(new SampleView(s.id(), s.seed(), s.requestedSize(), s.requestedPercent(),
                s.drawnBy().equals(viewer.userId()) ? s.population() : null, names.of(s.drawnBy()), s.drawnAt(),
                completed, drawn));
    }

}
