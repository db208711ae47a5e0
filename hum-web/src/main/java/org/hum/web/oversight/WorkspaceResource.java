package org.hum.web.oversight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hum.api.dashboard.NewWorkspaceMark;
import org.hum.api.dashboard.WorkspaceView;
import org.hum.dashboard.boundary.Workspace;
import org.hum.web.dashboard.FilePageLinks;

/**
 * The compliance workspace (docs/api.md, "Oversight"): its lines, and marking one as seen with a
 * note ({@code POST .../marks}, answering the workspace as it now is).
 */
@ApplicationScoped
@Path("oversight/workspace")
@Produces(MediaType.APPLICATION_JSON)
public class WorkspaceResource {
    @Inject
    Workspace workspace;

    @GET
    public WorkspaceView mine() {
        return workspace.mine(FilePageLinks.LINKS);
    }

    @POST
    @Path("marks")
    @Consumes(MediaType.APPLICATION_JSON)
    public WorkspaceView mark(@NotNull @Valid NewWorkspaceMark mark) {
        return workspace.mark(mark, FilePageLinks.LINKS);
    }
}
