package org.hum.web.oversight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hum.api.oversight.CheckAnswer;
import org.hum.api.oversight.ChecklistAnswers;
import org.hum.api.oversight.ChecklistItem;
import org.hum.api.oversight.NewSample;
import org.hum.api.oversight.SampleView;
import org.hum.oversight.boundary.FileSamples;
import org.hum.web.present.CsvCell;

import java.util.List;

/**
 * Random file sampling, for compliance reviewers (docs/api.md, "Oversight"): draw, list, read,
 * complete a sampled file's checklist, and export a sample as CSV for an inspector.
 */
@ApplicationScoped
@Path("oversight/samples")
@Produces(MediaType.APPLICATION_JSON)
public class SamplesResource {
    @Inject
    FileSamples samples;

    @GET
    public List<SampleView> list() {
        return samples.samples();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response draw(@NotNull @Valid NewSample request, @Context UriInfo uri) {
        SampleView drawn = samples.draw(request);
        return Response.created(uri.getBaseUriBuilder().path("oversight/samples").path(drawn.id()).build())
                .entity(drawn).build();
    }

    @GET
    @Path("{id}")
    public SampleView find(@PathParam("id") String id) {
        return samples.sample(id);
    }

    @PUT
    @Path("{id}/files/{sourceId}/checklist")
    @Consumes(MediaType.APPLICATION_JSON)
    public SampleView complete(@PathParam("id") String id, @PathParam("sourceId") String sourceId,
                               @NotNull @Valid ChecklistAnswers checklist) {
        return samples.complete(id, sourceId, checklist);
    }

    /** The sample as CSV: one line per drawn file the reader may see, with its checklist. */
    @GET
    @Path("{id}/export")
    @Produces("text/csv")
    public Response export(@PathParam("id") String id) {
        SampleView s = samples.sample(id);
        return Response.ok(csv(s)).header("Content-Disposition", "attachment; filename=\"sample-" + s.id() + ".csv\"").build();
    }

    static String csv(SampleView s) {
        StringBuilder b = new StringBuilder("sample,seed,population,drawnBy,drawnAt,position,sourceId,codeName");
        for (ChecklistItem item : ChecklistItem.values()) {
            b.append(',').append(item.name());
        }
        b.append(",passed,completedBy,completedAt,note\r\n");
        for (SampleView.SampledFile f : s.files()) {
            b.append(s.id()).append(',').append(s.seed()).append(',').append(s.population() == null ? "" : s.population()).append(',')
                    .append(cell(s.drawnBy())).append(',').append(s.drawnAt()).append(',').append(f.position()).append(',')
                    .append(f.sourceId()).append(',').append(cell(f.codeName()));
            for (ChecklistItem item : ChecklistItem.values()) {
                CheckAnswer a = f.checklist() == null ? null : f.checklist().answers().get(item);
                b.append(',').append(a == null ? "" : a.name());
            }
            b.append(',').append(f.checklist() == null ? "" : f.checklist().passed())
                    .append(',').append(f.checklist() == null ? "" : cell(f.checklist().completedBy()))
                    .append(',').append(f.checklist() == null ? "" : f.checklist().completedAt())
                    .append(',').append(f.checklist() == null ? "" : cell(f.checklist().note())).append("\r\n");
        }
        return b.toString();
    }

    private static String cell(String v) {
        return CsvCell.of(v);
    }
}
