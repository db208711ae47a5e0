package org.hum.web.oversight;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.error.HumException;
import org.hum.api.oversight.CheckAnswer;
import org.hum.api.oversight.ChecklistAnswers;
import org.hum.api.oversight.ChecklistItem;
import org.hum.api.oversight.NewSample;
import org.hum.api.oversight.SampleView;
import org.hum.oversight.boundary.FileSamples;
import org.hum.web.platform.Inputs;
import org.hum.web.platform.PageAction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The file sampling page for compliance reviewers: draw a sample (n files or a percentage, with a
 * seed to reproduce an earlier draw), the samples kept, and a sample's files with their checklists.
 */
@Named
@RequestScoped
public class SamplesPage {
    static final String DRAW_FORM = "draw";
    static final String CHECK_FORM = "check";
    private static final String FORBIDDEN = "File sampling is for compliance reviewers.";

    @Inject
    FileSamples samples;

    @Inject
    FacesContext faces;

    private List<SampleView> all;
    private SampleView current;
    private String id;
    private String size;
    private String percent;
    private String seed;
    private String sourceId;
    private String note;
    private final Map<String, String> answers = new HashMap<>();

    public List<SampleView> getSamples() {
        if (all == null) {
            List<SampleView> found = PageAction.onTop(faces).forbidden(FORBIDDEN).call(samples::samples);
            all = found == null ? List.of() : found;
        }
        return all;
    }

    /**
     * The sample the page shows: the one named by {@code id} (the view parameter, or the hidden
     * field of a form sent from the page: a postback decides what to render before either is set
     * on the bean, so the request parameter is read here), else none.
     */
    public SampleView getCurrent() {
        if (blank(id)) {
            var params = faces.getExternalContext().getRequestParameterMap();
            id = params.entrySet().stream().filter(e -> e.getKey().equals("id") || e.getKey().endsWith(":id"))
                    .map(java.util.Map.Entry::getValue).filter(v -> !blank(v)).findFirst().orElse(null);
        }
        if (current == null && id != null && !id.isBlank()) {
            current = PageAction.onTop(faces).forbidden(FORBIDDEN).call(() -> samples.sample(id));
        }
        return current;
    }

    public List<SampleView.SampledFile> getOpenFiles() {
        SampleView s = getCurrent();
        return s == null ? List.of() : s.files().stream().filter(f -> f.checklist() == null).toList();
    }

    public ChecklistItem[] getItems() {
        return ChecklistItem.values();
    }

    public CheckAnswer[] getChoices() {
        return CheckAnswer.values();
    }

    public String draw() throws IOException {
        SampleView[] drawn = new SampleView[1];
        boolean ok = PageAction.on(faces, DRAW_FORM).run(() -> drawn[0] = samples.draw(new NewSample(
                blank(size) ? null : Inputs.number("size", size, 0, 1, 1000),
                blank(percent) ? null : Inputs.number("percent", percent, 0, 1, 100), seed())));
        if (ok) {
            PageAction.confirm(faces, "Drew " + drawn[0].files().size() + " of " + drawn[0].population()
                    + " files with seed " + drawn[0].seed() + ".");
            PageAction.redirect(faces, "/oversight/samples.xhtml?id=" + drawn[0].id());
        }
        return null;
    }

    public String check() throws IOException {
        Map<ChecklistItem, CheckAnswer> chosen = new EnumMap<>(ChecklistItem.class);
        for (ChecklistItem item : ChecklistItem.values()) {
            String a = answers.get(item.name());
            if (!blank(a)) {
                chosen.put(item, CheckAnswer.valueOf(a));
            }
        }
        boolean ok = PageAction.on(faces, CHECK_FORM).inputs(f -> f.startsWith("answers.") ? f.substring(8) : f)
                .run(() -> samples.complete(id, sourceId, new ChecklistAnswers(chosen, Inputs.orNull(note))));
        if (ok) {
            PageAction.confirm(faces, "The checklist was kept.");
            PageAction.redirect(faces, "/oversight/samples.xhtml?id=" + id);
        }
        return null;
    }

    /** Sends the sample as a CSV file (the columns of {@code GET /api/oversight/samples/{id}/export}). */
    public void export() throws IOException {
        SampleView s = PageAction.onTop(faces).forbidden(FORBIDDEN).call(() -> samples.sample(id));
        if (s == null) {
            return;
        }
        ExternalContext ext = faces.getExternalContext();
        ext.responseReset();
        ext.setResponseContentType("text/csv;charset=UTF-8");
        ext.setResponseHeader("Content-Disposition", "attachment; filename=\"sample-" + s.id() + ".csv\"");
        ext.getResponseOutputStream().write(SamplesResource.csv(s).getBytes(StandardCharsets.UTF_8));
        faces.responseComplete();
    }

    private Long seed() {
        if (blank(seed)) {
            return null;
        }
        try {
            return Long.parseLong(seed.strip());
        } catch (NumberFormatException e) {
            throw HumException.invalid("seed", "must be a whole number (the seed of the draw to reproduce), or empty");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public Map<String, String> getAnswers() { return answers; }
    public String getId() { return id; }
    public void setId(String v) { this.id = v; }
    public String getSize() { return size; }
    public void setSize(String v) { this.size = v; }
    public String getPercent() { return percent; }
    public void setPercent(String v) { this.percent = v; }
    public String getSeed() { return seed; }
    public void setSeed(String v) { this.seed = v; }
    public String getSourceId() { return sourceId; }
    public void setSourceId(String v) { this.sourceId = v; }
    public String getNote() { return note; }
    public void setNote(String v) { this.note = v; }
}
