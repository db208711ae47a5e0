package org.hum.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.hum.it.Cast.admin1;
import static org.hum.it.Cast.officer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What another server instance does through the database is seen by this one (docs/operations.md,
 * "Two instances"): it holds the job lease, so no job runs here until the lease lapses, and then
 * this instance takes it over; it changes the rule profile, and this instance answers with the
 * change at its next request. The other instance is played by writes straight to the database.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class AnotherInstanceIT {
    private static final String OTHER = "another-instance/4242";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void whileAnotherInstanceHoldsTheJobLeaseNothingIsChainedHereAndWhenItLapsesThisInstanceTakesOver() throws Exception {
        String ours = scalar("select holder from job_lease where name = 'jobs'");
        assertTrue(ours.matches("[A-Za-z0-9_.-]+/[0-9]+"), "held by this server: instance name and process only, " + ours);
        String renewed = scalar("select renewed_at from job_tenure order by id desc limit 1");
        Thread.sleep(1500);
        assertTrue(scalar("select renewed_at from job_tenure order by id desc limit 1").compareTo(renewed) > 0,
                "renewed every second");

        update("update job_lease set holder = ?, tenure_id = 0, expires_at = now(3) + interval 8 second where name = 'jobs'", OTHER);
        Thread.sleep(4500); // this instance counted itself the holder at most 4 s past its last renewal
        long chained = Long.parseLong(scalar("select coalesce(max(seq), 0) from audit_chain"));
        assertEquals(200, Api.get(Api.token(officer1()), "sources?size=1").status()); // audited: a new entry
        Thread.sleep(2000);
        assertTrue(Long.parseLong(scalar("select max(seq) from audit_event")) > chained, "a new entry was written");
        assertEquals(chained, Long.parseLong(scalar("select coalesce(max(seq), 0) from audit_chain")),
                "not chained here while another instance holds the lease");
        assertEquals(OTHER, scalar("select holder from job_lease where name = 'jobs'"), "this instance left it alone");

        String back = null;
        for (int i = 0; i < 40 && back == null; i++) {
            Thread.sleep(250);
            String h = scalar("select holder from job_lease where name = 'jobs'");
            back = h.equals(OTHER) ? null : h;
        }
        assertEquals(ours, back, "taken over once lapsed");
        assertEquals(OTHER, scalar("select previous_holder from job_tenure order by id desc limit 1"),
                "a new tenure, after the other's");
        long event = Long.parseLong(scalar("select max(seq) from audit_event"));
        for (int i = 0; i < 40 && Long.parseLong(scalar("select coalesce(max(seq), 0) from audit_chain")) < event; i++) {
            Thread.sleep(250);
        }
        assertTrue(Long.parseLong(scalar("select max(seq) from audit_chain")) >= event, "and chains again");
    }

    @Test
    void aRuleProfileChangeMadeByAnotherInstanceIsAnsweredAtTheNextRequest() throws Exception {
        String admin = Api.token(admin1());
        assertEquals(200, putProfile(admin, "{\"profile\":\"US_FEDERAL\"}").status());
        String usFigures = scalar("select figures from rule_profile_setting where name = 'deployment'");
        try {
            assertEquals(200, putProfile(admin, "{\"profile\":\"UK\"}").status());
            assertEquals("UK", profile());
            // another instance puts the US profile back: no event reaches this one
            update("update rule_profile_setting set profile_id = 'US_FEDERAL', figures = ? where name = 'deployment'", usFigures);
            assertEquals("US_FEDERAL", profile(), "read at the next request");
        } finally {
            assertEquals(200, putProfile(admin, "{\"profile\":\"US_FEDERAL\"}").status());
            assertEquals(200, Api.post(admin, "admin/rule-profile/reset", "").status());
        }
    }

    private static String profile() {
        Api.Reply r = Api.get(Api.token(officer1()), "rule-profile");
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("figures").getString("profile");
    }

    private static Api.Reply putProfile(String token, String json) {
        return Api.send(Api.request(token, "admin/rule-profile").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static String scalar(String sql) throws SQLException {
        try (Connection c = Stand.current().rootConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static void update(String sql, String value) throws SQLException {
        try (Connection c = Stand.current().rootConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            s.executeUpdate();
        }
    }
}
