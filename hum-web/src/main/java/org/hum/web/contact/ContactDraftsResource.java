package org.hum.web.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hum.api.contact.ContactDraftRequest;
import org.hum.api.contact.ContactDraftView;
import org.hum.contact.boundary.ContactDrafts;

import java.util.List;

/**
 * The caller's own drafts of contact reports. {@code PUT /api/contact-drafts/{clientId}}
 * {sourceId, report}: saves the draft (201 when created, 200 when replaced);
 * {@code GET /api/contact-drafts} lists the caller's drafts; {@code GET} and {@code DELETE}
 * one (204). Another user's draft answers 404.
 */
@ApplicationScoped
@Path("contact-drafts")
@Produces(MediaType.APPLICATION_JSON)
public class ContactDraftsResource {
    @Inject
    ContactDrafts drafts;

    @GET
    public List<ContactDraftView> list() {
        return drafts.drafts();
    }

    @PUT
    @Path("{clientId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(@PathParam("clientId") String clientId, @NotNull @Valid ContactDraftRequest request) {
        ContactDrafts.Saved saved = drafts.save(clientId, request);
        return Response.status(saved.created() ? 201 : 200).entity(saved.draft()).build();
    }

    @GET
    @Path("{clientId}")
    public ContactDraftView draft(@PathParam("clientId") String clientId) {
        return drafts.draft(clientId);
    }

    @DELETE
    @Path("{clientId}")
    public Response discard(@PathParam("clientId") String clientId) {
        drafts.discard(clientId);
        return Response.noContent().build();
    }
}
