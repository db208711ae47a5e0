package org.hum.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hum.admin.boundary.Administration;
import org.hum.api.admin.CompartmentView;
import org.hum.api.admin.NewCompartment;
import org.hum.api.admin.NewGrant;
import org.hum.api.admin.NewUser;
import org.hum.api.admin.Refusal;
import org.hum.api.admin.RequestView;
import org.hum.api.admin.UserChange;
import org.hum.api.admin.UserView;

import java.util.List;

/**
 * Administration over REST: users, compartments, true-identity grants. Administrators only.
 * Creating an account, raising its rights and granting a true identity answer 202 with a
 * request that a second person decides (docs/domain.md, "Two-person control").
 */
@ApplicationScoped
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {
    @Inject
    Administration administration;

    @POST
    @Path("users")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createUser(@NotNull @Valid NewUser user, @Context UriInfo uri) {
        return accepted(administration.createUser(user), uri);
    }

    @GET
    @Path("users")
    public List<UserView> users() {
        return administration.users();
    }

    @GET
    @Path("users/{username}")
    public UserView user(@PathParam("username") String username) {
        return administration.userNamed(username);
    }

    @PATCH
    @Path("users/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeUser(@PathParam("username") String username, @NotNull @Valid UserChange change,
                               @Context UriInfo uri) {
        Administration.Changed changed = administration.changeUser(username, change);
        return changed.user() != null ? Response.ok(changed.user()).build() : accepted(changed.request(), uri);
    }

    /** Forgets the user's second factor: they enrol again at their next login (docs/api.md, "Second factor"). */
    @DELETE
    @Path("users/{username}/second-factor")
    public Response resetSecondFactor(@PathParam("username") String username) {
        administration.resetSecondFactor(username);
        return Response.noContent().build();
    }

    @POST
    @Path("compartments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createCompartment(@NotNull @Valid NewCompartment compartment, @Context UriInfo uri) {
        CompartmentView created = administration.createCompartment(compartment);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @GET
    @Path("compartments")
    public List<CompartmentView> compartments() {
        return administration.compartments();
    }

    @POST
    @Path("grants")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response grant(@NotNull @Valid NewGrant grant, @Context UriInfo uri) {
        RequestView requested = administration.grant(grant);
        return Response.accepted(requested).location(uri.getBaseUriBuilder().path("sources/requests")
                .path(requested.id()).build()).build();
    }

    /** The account requests waiting for a second administrator (docs/domain.md, "Two-person control"). */
    @GET
    @Path("requests")
    public List<RequestView> requests() {
        return administration.pendingRequests();
    }

    @POST
    @Path("requests/{id}/approval")
    public RequestView approve(@PathParam("id") String id) {
        return administration.approve(id);
    }

    @POST
    @Path("requests/{id}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    public RequestView refuse(@PathParam("id") String id, @NotNull @Valid Refusal refusal) {
        return administration.refuse(id, refusal);
    }

    /** 202: the request waits for a second person; its location is where it is decided. */
    private static Response accepted(RequestView requested, UriInfo uri) {
        return Response.accepted(requested).location(uri.getBaseUriBuilder().path("admin/requests")
                .path(requested.id()).build()).build();
    }

    @DELETE
    @Path("grants/{sourceId}/{username}")
    public Response revoke(@PathParam("sourceId") String sourceId, @PathParam("username") String username) {
        administration.revoke(sourceId, username);
        return Response.noContent().build();
    }
}
