package org.hum.web.admin;

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
import org.hum.api.admin.GrantView;
import org.hum.api.admin.NewCompartment;
import org.hum.api.admin.NewGrant;
import org.hum.api.admin.NewUser;
import org.hum.api.admin.UserChange;
import org.hum.api.admin.UserView;

import java.util.List;

/** Administration over REST: users, compartments, true-identity grants. Administrators only. */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {
    @Inject
    Administration administration;

    @POST
    @Path("users")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createUser(@NotNull @Valid NewUser user, @Context UriInfo uri) {
        UserView created = administration.createUser(user);
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build()).entity(created).build();
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
    public UserView changeUser(@PathParam("username") String username, @NotNull @Valid UserChange change) {
        return administration.changeUser(username, change);
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
    public Response grant(@NotNull @Valid NewGrant grant) {
        GrantView created = administration.grant(grant);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @DELETE
    @Path("grants/{sourceId}/{username}")
    public Response revoke(@PathParam("sourceId") String sourceId, @PathParam("username") String username) {
        administration.revoke(sourceId, username);
        return Response.noContent().build();
    }
}
