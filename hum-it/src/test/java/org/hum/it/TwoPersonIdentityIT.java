package org.hum.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;
import java.util.List;

import static org.hum.it.AdministrationIT.PASSWORD;
import static org.hum.it.AdministrationIT.unique;
import static org.hum.it.Cast.admin1;
import static org.hum.it.Cast.authoriser1;
import static org.hum.it.Cast.authoriser2;
import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.mesa;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.reports1;
import static org.hum.it.Cast.reviewer1;
import static org.hum.it.SourceRegistrationIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No one reaches a true identity alone (docs/domain.md, "Two-person control"): each way one
 * insider acting alone used to reach an identity (an administrator making an account with source
 * access and granting it the identity; a controller assigning themself, or a user without the
 * fitting role) now ends in a pending request that does nothing; nobody approves their own
 * request or one for themself; the two-person path works, re-checks the rules at approval, and
 * is audited without any identity.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class TwoPersonIdentityIT {
    /** Deliberate failed logins come from an address of this class's own (Api.loginFrom). */
    private static final String FAILURES = "127.0.0.25";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anAdministratorAloneCanNeitherMakeAnAccountWithSourceAccessNorGrantItTheIdentity() throws SQLException {
        Cast.Source kestrel = Cast.source("KESTREL");
        String admin = Api.token(admin1());
        String puppet = unique("puppet.ctl");
        Api.Reply asked = AdminApi.requestUser(admin, puppet, "SECRET", List.of("CONTROLLER"), List.of(copper()), PASSWORD);
        assertEquals(202, asked.status(), asked.body());
        String request = asked.json().getString("id");
        assertEquals("PENDING", asked.json().getString("status"));
        assertEquals("ACCOUNT_CREATION", asked.json().getString("kind"));
        assertEquals(401, Api.loginFrom(FAILURES, puppet, PASSWORD).status(), "a pending account does not exist");
        assertProblem(Api.get(admin, "admin/users/" + puppet), 404, "no account yet");
        assertTrue(pending(admin, "admin/requests").contains(request), "listed for the administrators");

        Api.Reply own = Api.post(admin, "admin/requests/" + request + "/approval", "");
        assertProblem(own, 409, "approving one's own account request");
        assertTrue(own.json().getString("detail").contains("another person"), own.body());
        assertProblem(Api.get(admin, "admin/users/" + puppet), 404, "still no account");

        // a second administrator made alone is no way round: it is a request too
        String puppetAdmin = unique("puppet.adm");
        Api.Reply adminAsked = AdminApi.requestUser(admin, puppetAdmin, "OFFICIAL", List.of("ADMIN"), List.of(), PASSWORD);
        assertEquals(202, adminAsked.status(), adminAsked.body());
        assertEquals(401, Api.loginFrom(FAILURES, puppetAdmin, PASSWORD).status());

        // the second administrator approves: the account exists
        Api.Reply approved = Api.post(AdminApi.approverFor(admin1()), "admin/requests/" + request + "/approval", "");
        assertEquals(200, approved.status(), approved.body());
        assertEquals("APPROVED", approved.json().getString("status"));
        assertEquals(admin1(), approved.json().getString("requestedBy"));
        assertEquals(Stand.ADMIN2, approved.json().getString("decidedBy"));
        assertProblem(Api.post(AdminApi.approverFor(admin1()), "admin/requests/" + request + "/approval", ""), 409,
                "decided twice");
        String holder = Api.token(puppet, PASSWORD);
        assertFalse(Api.get(holder, "sources/" + kestrel.id()).json().getBoolean("identityVisible"));

        // the administrator asks for the grant: nothing is granted until a controller who sees the file approves
        Api.Reply grant = AdminApi.requestGrant(admin, kestrel.id(), puppet, "CONTROLLER");
        assertEquals(202, grant.status(), grant.body());
        String grantRequest = grant.json().getString("id");
        assertFalse(Api.get(holder, "sources/" + kestrel.id()).json().getBoolean("identityVisible"), "pending does nothing");
        assertEquals(0, grants(kestrel.id(), puppet));
        assertProblem(AdminApi.approveSourceRequest(admin, grantRequest), 403, "an administrator approves a grant");
        Api.Reply self = AdminApi.approveSourceRequest(holder, grantRequest);
        assertProblem(self, 409, "approving a grant for oneself");
        assertTrue(self.json().getString("detail").contains("for you"), self.body());
        assertEquals(0, grants(kestrel.id(), puppet));

        Api.Reply granted = AdminApi.approveSourceRequest(Api.token(controller1()), grantRequest);
        assertEquals(200, granted.status(), granted.body());
        assertFalse(granted.body().contains(kestrel.trueName()) || granted.body().contains(kestrel.codeName()));
        assertTrue(Api.get(holder, "sources/" + kestrel.id()).json().getBoolean("identityVisible"), "two people: granted");
        assertEquals(1, grants(kestrel.id(), puppet));

        String trail = audit();
        for (String action : new String[] {"USER_CREATION_REQUESTED", "IDENTITY_GRANT_REQUESTED",
                "TWO_PERSON_REQUEST_APPROVED", "IDENTITY_GRANTED", "USER_CREATED"}) {
            assertTrue(trail.contains(action), action + " audited");
        }
        assertFalse(trail.contains(kestrel.trueName()) || trail.contains(kestrel.phone()), "no identity in the trail");
    }

    @Test
    void aControllerWhoAssignsThemselfGetsNoIdentityUntilAnotherApproves() throws SQLException {
        Cast.Source kestrel = Cast.source("KESTREL");
        String controller = Api.token(controller1());
        assertFalse(Api.get(controller, "sources/" + kestrel.id()).json().getBoolean("identityVisible"));
        Api.Reply asked = Api.post(controller, "sources/" + kestrel.id() + "/assignments",
                "{\"username\":\"" + controller1() + "\",\"role\":\"CONTROLLER\"}");
        assertEquals(202, asked.status(), asked.body());
        assertTrue(asked.header("Location").endsWith("/api/sources/requests/" + asked.json().getString("id")));
        String request = asked.json().getString("id");
        assertFalse(Api.get(controller, "sources/" + kestrel.id()).json().getBoolean("identityVisible"), "pending does nothing");
        assertEquals(0, grants(kestrel.id(), controller1()));
        assertTrue(pending(Api.token(authoriser1()), "sources/requests").contains(request), "listed for the approvers");

        Api.Reply own = AdminApi.approveSourceRequest(controller, request);
        assertProblem(own, 409, "a controller approves their own assignment");
        assertEquals(0, grants(kestrel.id(), controller1()));

        Api.Reply approved = AdminApi.approveSourceRequest(Api.token(authoriser1()), request);
        assertEquals(200, approved.status(), approved.body());
        assertTrue(Api.get(controller, "sources/" + kestrel.id()).json().getBoolean("identityVisible"));
        assertTrue(audit().contains("SOURCE_ASSIGNMENT_REQUESTED"));
    }

    @Test
    void anAssigneeNeedsTheFittingRoleAndNobodyApprovesARequestForThemself() throws SQLException {
        Cast.Source heron = Cast.source("HERON");
        String controller = Api.token(controller1());
        String path = "sources/" + heron.id() + "/assignments";
        assertProblem(Api.post(controller, path, "{\"username\":\"" + reviewer1() + "\",\"role\":\"RECORDS_OFFICER\"}"),
                400, "a compliance reviewer as records officer");
        assertProblem(Api.post(controller, path, "{\"username\":\"" + reports1() + "\",\"role\":\"HANDLER\"}"),
                400, "a reports officer as handler");
        assertProblem(Api.post(controller, path, "{\"username\":\"" + officer1() + "\",\"role\":\"CONTROLLER\"}"),
                400, "a case officer as controller");
        assertEquals(0, grants(heron.id(), reviewer1()));

        Api.Reply asked = Api.post(controller, path, "{\"username\":\"" + authoriser1() + "\",\"role\":\"RECORDS_OFFICER\"}");
        assertEquals(202, asked.status(), asked.body());
        String request = asked.json().getString("id");
        assertProblem(AdminApi.approveSourceRequest(Api.token(authoriser1()), request), 409, "approving one for oneself");
        assertEquals(0, grants(heron.id(), authoriser1()));

        // a controller of MESA only cannot see the COPPER file: the request answers as missing
        String mesaController = unique("mesa.ctl");
        assertEquals(201, AdminApi.createUser(Api.token(admin1()), mesaController, "SECRET", List.of("CONTROLLER"),
                List.of(mesa()), PASSWORD).status());
        String outsider = Api.token(mesaController, PASSWORD);
        assertProblem(AdminApi.approveSourceRequest(outsider, request), 404, "a file the approver cannot see");
        assertFalse(pending(outsider, "sources/requests").contains(request), "not listed for them either");

        // refused with a reason: nothing applied, and it cannot be approved after
        assertProblem(Api.post(Api.token(authoriser2()), "sources/requests/" + request + "/refusal", "{}"), 400,
                "a refusal without a reason");
        Api.Reply refused = Api.post(Api.token(authoriser2()), "sources/requests/" + request + "/refusal",
                "{\"reason\":\"Records are kept by the unit's controller\"}");
        assertEquals(200, refused.status(), refused.body());
        assertEquals("REFUSED", refused.json().getString("status"));
        assertEquals("Records are kept by the unit's controller", refused.json().getString("reason"));
        assertProblem(AdminApi.approveSourceRequest(Api.token(authoriser2()), request), 409, "approving a refused request");
        assertEquals(0, grants(heron.id(), authoriser1()));
        assertTrue(audit().contains("TWO_PERSON_REQUEST_REFUSED"));

        // the two-person path, for someone with the fitting role, approved by a third person
        Api.Reply again = AdminApi.assign(controller, Api.token(authoriser2()), heron.id(),
                "{\"username\":\"" + authoriser1() + "\",\"role\":\"RECORDS_OFFICER\"}");
        assertEquals(201, again.status(), again.body());
        assertEquals(1, grants(heron.id(), authoriser1()));
    }

    @Test
    void approvalChecksTheRulesAgainAndRaisingRightsIsARequestToo() throws SQLException {
        Cast.Source kestrel = Cast.source("KESTREL");
        String admin = Api.token(admin1());
        String name = unique("moved.ctl");
        assertEquals(201, AdminApi.createUser(admin, name, "SECRET", List.of("CONTROLLER"), List.of(copper()), PASSWORD)
                .status());
        Api.Reply grant = AdminApi.requestGrant(admin, kestrel.id(), name, "CONTROLLER");
        assertEquals(202, grant.status(), grant.body());
        // taking rights away applies at once; at approval the user no longer sees the file
        assertEquals(200, AdminApi.requestChange(admin, name, "{\"compartments\":[]}").status());
        assertProblem(AdminApi.approveSourceRequest(Api.token(controller1()), grant.json().getString("id")), 409,
                "the user no longer sees the file");
        assertEquals(0, grants(kestrel.id(), name));

        // giving the compartment back is a request, applied only at approval
        Api.Reply raise = AdminApi.requestChange(admin, name, "{\"compartments\":[\"" + copper() + "\"]}");
        assertEquals(202, raise.status(), raise.body());
        assertEquals("ACCOUNT_ELEVATION", raise.json().getString("kind"));
        assertEquals("[]", Api.get(admin, "admin/users/" + name).json().getJsonArray("compartments").toString(), "not yet");
        assertProblem(Api.post(admin, "admin/requests/" + raise.json().getString("id") + "/approval", ""), 409, "own request");
        assertEquals(200, Api.post(AdminApi.approverFor(admin1()), "admin/requests/" + raise.json().getString("id")
                + "/approval", "").status());
        assertEquals("[\"" + copper() + "\"]", Api.get(admin, "admin/users/" + name).json().getJsonArray("compartments")
                .toString());
        assertTrue(audit().contains("USER_CHANGE_REQUESTED"));
    }

    @Test
    void enablingAgainAPausedAccountWithSourceAccessIsARequestToo() {
        String admin = Api.token(admin1());
        String name = unique("paused.ctl");
        assertEquals(201, AdminApi.createUser(admin, name, "SECRET", List.of("CONTROLLER"), List.of(copper()), PASSWORD)
                .status());
        assertEquals(200, AdminApi.requestChange(admin, name, "{\"enabled\":false}").status(), "pausing is at once");
        assertFalse(Api.get(admin, "admin/users/" + name).json().getBoolean("enabled"));

        Api.Reply resume = AdminApi.requestChange(admin, name, "{\"enabled\":true}");
        assertEquals(202, resume.status(), resume.body());
        assertEquals("ACCOUNT_ELEVATION", resume.json().getString("kind"));
        String request = resume.json().getString("id");
        assertFalse(Api.get(admin, "admin/users/" + name).json().getBoolean("enabled"), "still paused while pending");
        assertEquals(401, Api.loginFrom(FAILURES, name, PASSWORD).status(), "cannot log in while pending");
        assertProblem(Api.post(admin, "admin/requests/" + request + "/approval", ""), 409, "approving one's own request");
        assertFalse(Api.get(admin, "admin/users/" + name).json().getBoolean("enabled"));

        assertEquals(200, Api.post(AdminApi.approverFor(admin1()), "admin/requests/" + request + "/approval", "").status());
        assertTrue(Api.get(admin, "admin/users/" + name).json().getBoolean("enabled"), "two people: enabled again");
        assertEquals(200, Api.login(name, PASSWORD).status(), "logs in again");
    }

    @Test
    void anAdministratorCannotApproveAnElevationOfThemself() {
        String admin = Api.token(admin1());
        String third = unique("third.adm");
        assertEquals(201, AdminApi.createUser(admin, third, "OFFICIAL", List.of("ADMIN"), List.of(), PASSWORD).status());
        Api.Reply raise = AdminApi.requestChange(admin, third, "{\"clearance\":\"SECRET\"}");
        assertEquals(202, raise.status(), raise.body());
        String request = raise.json().getString("id");
        Api.Reply self = Api.post(Api.token(third, PASSWORD), "admin/requests/" + request + "/approval", "");
        assertProblem(self, 409, "an administrator approves their own elevation");
        assertTrue(self.json().getString("detail").contains("for you"), self.body());
        assertEquals("OFFICIAL", Api.get(admin, "admin/users/" + third).json().getString("clearance"), "not raised");
        assertEquals(200, Api.post(AdminApi.approverFor(admin1()), "admin/requests/" + request + "/refusal",
                "{\"reason\":\"Not needed\"}").status());
    }

    private static String pending(String token, String path) {
        Api.Reply r = Api.get(token, path);
        assertEquals(200, r.status(), r.body());
        return r.body();
    }

    private static int grants(String sourceId, String username) throws SQLException {
        try (var c = Stand.current().rootConnection(); var s = c.prepareStatement("SELECT COUNT(*) FROM identity_grant g "
                + "JOIN app_user u ON u.id = g.user_id WHERE g.source_id = ? AND u.username = ?")) {
            s.setString(1, sourceId);
            s.setString(2, username);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static String audit() throws SQLException {
        return Rows.dump("audit_event");
    }
}
