package org.hum.web.partner;

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
import org.hum.admin.boundary.PartnerAdministration;
import org.hum.api.partner.NewPartnerAccount;
import org.hum.api.partner.NewPartnerOrg;
import org.hum.api.partner.PartnerAccountView;
import org.hum.api.partner.PartnerCertificate;
import org.hum.api.partner.PartnerOrgChange;
import org.hum.api.partner.PartnerOrgView;

import java.util.List;

/** Partner organisations, their certificates and accounts, for administrators (docs/api.md, "The partner exchange"). */
@ApplicationScoped
@Path("admin/partners")
@Produces(MediaType.APPLICATION_JSON)
public class PartnersAdminResource {
    @Inject
    PartnerAdministration partners;

    @GET
    public List<PartnerOrgView> list() {
        return partners.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid NewPartnerOrg org, @Context UriInfo uri) {
        PartnerOrgView created = partners.create(org);
        return Response.created(uri.getBaseUriBuilder().path("admin/partners").path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    public PartnerOrgView find(@PathParam("id") String id) {
        return partners.find(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PartnerOrgView change(@PathParam("id") String id, @NotNull @Valid PartnerOrgChange change) {
        return partners.change(id, change);
    }

    @PUT
    @Path("{id}/certificate")
    @Consumes(MediaType.APPLICATION_JSON)
    public PartnerOrgView certificate(@PathParam("id") String id, @NotNull @Valid PartnerCertificate certificate) {
        return partners.certificate(id, certificate);
    }

    @POST
    @Path("{id}/accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response account(@PathParam("id") String id, @NotNull @Valid NewPartnerAccount account) {
        PartnerAccountView created = partners.addAccount(id, account);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
