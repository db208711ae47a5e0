package org.hum.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.util.List;

import static org.hum.it.Cast.admin1;
import static org.hum.it.Cast.authoriser1;
import static org.hum.it.Cast.authoriser2;
import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.reviewer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The deployment's rule profile over REST: everyone reads it, an administrator chooses and tunes it, strictly. */
@ExtendWith({ArquillianExtension.class, Cast.class})
class RuleProfileIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @AfterEach
    void backToTheShippedUsProfile() {
        String admin = Api.token(admin1());
        assertEquals(200, put(admin, "{\"profile\":\"US_FEDERAL\"}").status());
        assertEquals(200, Api.post(admin, "admin/rule-profile/reset", "").status());
    }

    private static Api.Reply put(String token, String json) {
        return Api.send(Api.request(token, "admin/rule-profile").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static JsonArray history(String admin) {
        Api.Reply r = Api.get(admin, "admin/rule-profile/history");
        assertEquals(200, r.status(), r.body());
        return jakarta.json.Json.createReader(new java.io.StringReader(r.body())).readArray();
    }

    private static JsonObject figures(String user) {
        Api.Reply r = Api.get(Api.token(user), "rule-profile");
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("figures");
    }

    @Test
    void everySignedInRoleReadsTheProfileButOnlyAnAdministratorChangesIt() {
        for (String user : List.of(officer1(), controller1(), authoriser1(), reviewer1(), admin1())) {
            JsonObject f = figures(user);
            assertEquals("US_FEDERAL", f.getString("profile"), user);
            assertEquals(90, f.getInt("oiaMaxDays"));
            assertEquals("P12M", f.getString("authorisationPeriod"));
            assertEquals(90, f.getInt("tenureGamingWindowDays"));
        }
        assertEquals(401, Api.get(null, "rule-profile").status());
        for (String user : List.of(officer1(), controller1(), authoriser1(), reviewer1())) {
            assertEquals(403, put(Api.token(user), "{\"profile\":\"UK\"}").status(), user);
            assertEquals(403, Api.get(Api.token(user), "admin/rule-profile").status(), user);
        }
        assertEquals("US_FEDERAL", figures(officer1()).getString("profile"));
    }

    @Test
    void switchingToUkIsVisibleAtOnceAndRecorded() throws SQLException {
        String admin = Api.token(admin1());
        int historyBefore = history(admin).size();
        Api.Reply r = put(admin, "{\"profile\":\"UK\"}");
        assertEquals(200, r.status(), r.body());
        assertEquals("UK", r.json().getJsonObject("figures").getString("profile"));
        assertTrue(r.json().getBoolean("shippedFigures"));
        assertEquals(admin1(), r.json().getString("changedBy"));

        // the very next request of any user reads the new profile
        JsonObject f = figures(officer1());
        assertEquals("UK", f.getString("profile"));
        assertEquals("GBP", f.getString("currency"));
        assertEquals(7, f.getInt("oiaNotificationDays"));
        assertEquals("UK_3X5X2", f.getString("grading"));

        JsonArray history = history(admin);
        assertEquals(historyBefore + 1, history.size());
        JsonObject latest = history.getJsonObject(0);
        assertEquals("CHANGED", latest.getString("action"));
        assertEquals(admin1(), latest.getString("by"));
        assertEquals("US_FEDERAL", latest.getJsonObject("before").getString("profile"));
        assertEquals("UK", latest.getJsonObject("after").getString("profile"));
        assertTrue(Rows.dump("audit_event").contains("RULE_PROFILE_CHANGED"));
    }

    @Test
    void tuningIsValidatedStrictlyAndABadRequestChangesNothing() throws SQLException {
        String admin = Api.token(admin1());
        JsonObject before = figures(officer1());
        long changes = Rows.count("rule_profile_change");

        Api.Reply bad = put(admin, "{\"profile\":\"US_FEDERAL\",\"oiaMaxDays\":91,\"juvenileAge\":10,"
                + "\"authorisationPeriod\":\"twelve months\",\"seniorPaymentThreshold\":-1}");
        assertEquals(400, bad.status(), bad.body());
        List<String> fields = bad.json().getJsonArray("errors").stream()
                .map(v -> v.asJsonObject().getString("field")).toList();
        assertTrue(fields.containsAll(List.of("oiaMaxDays", "juvenileAge", "authorisationPeriod", "seniorPaymentThreshold")),
                fields.toString());

        Api.Reply unknown = put(admin, "{\"profile\":\"MARS\"}");
        assertEquals(400, unknown.status(), unknown.body());
        assertTrue(unknown.json().getString("detail").contains("US_FEDERAL") && unknown.json().getString("detail").contains("UK"),
                unknown.body());
        assertEquals(400, put(admin, "{\"profile\":").status(), "malformed JSON");
        assertEquals(400, put(admin, "{\"profile\":\"UK\",\"oiaMaxDays\":\"many\"}").status(), "a figure of the wrong type");
        assertEquals(400, put(admin, "").status(), "no body");

        assertEquals(before, figures(officer1()), "nothing changed");
        assertEquals(changes, Rows.count("rule_profile_change"), "nothing recorded");
    }

    @Test
    void aTunedFigureIsInForceAtOnceAndResetPutsBackTheShippedOnes() throws SQLException {
        String admin = Api.token(admin1());
        String[] granted = AuthorisationIT.granted("RPC", authoriser1());
        Api.Reply tuned = put(admin, "{\"profile\":\"US_FEDERAL\",\"oiaMaxDays\":60,\"reviewInterval\":\"P2M\","
                + "\"tenureGamingWindowDays\":45}");
        assertEquals(200, tuned.status(), tuned.body());
        // the register's clock kept on the file's row moved with the figure, by the time the change was answered
        assertEquals(2, clockBasis("review_months"), "the register's clocks computed with the tuned review interval");
        assertEquals(nextReviewDue(granted[1]), keptReviewDue(granted[0]), "the file's row: its authorisation's next review");
        assertFalse(tuned.json().getBoolean("shippedFigures"));
        JsonObject f = figures(authoriser2());
        assertEquals(60, f.getInt("oiaMaxDays"));
        assertEquals("P2M", f.getString("reviewInterval"));
        assertEquals(45, f.getInt("tenureGamingWindowDays"));
        assertEquals(400, put(admin, "{\"profile\":\"US_FEDERAL\",\"tenureGamingWindowDays\":0}").status());
        assertEquals(45, figures(authoriser2()).getInt("tenureGamingWindowDays"), "a refused change changes nothing");
        assertEquals("P12M", f.getString("authorisationPeriod"), "figures left out keep their value");

        Api.Reply reset = Api.post(admin, "admin/rule-profile/reset", "");
        assertEquals(200, reset.status(), reset.body());
        assertTrue(reset.json().getBoolean("shippedFigures"));
        assertEquals(90, figures(authoriser2()).getInt("oiaMaxDays"));
        assertEquals(90, figures(authoriser2()).getInt("tenureGamingWindowDays"));
        assertEquals("RESET", history(admin).getJsonObject(0).getString("action"));
        assertEquals(nextReviewDue(granted[1]), keptReviewDue(granted[0]), "reset: the file's row moved back");
        assertEquals(reviewMonths(figures(authoriser2()).getString("reviewInterval")), clockBasis("review_months"));
    }

    /**
     * The register's clocks kept on the files' rows follow the figures while the files move: the
     * review and validation intervals changed six times while four files are reviewed and validated
     * at once. Every call is answered as it would be alone (none is a deadlock's victim), and at the
     * end every file's kept clocks are what its own records say under the figures in force, which
     * the basis names.
     */
    @Test
    void theRegistersClocksFollowTheFiguresWhileTheFilesMove() throws Exception {
        String admin = Api.token(admin1());
        List<String[]> files = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            files.add(AuthorisationIT.granted("RPR", authoriser1()));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(1 + files.size());
        try {
            List<java.util.concurrent.Future<List<Integer>>> work = new java.util.ArrayList<>();
            work.add(pool.submit(() -> {
                List<Integer> answers = new java.util.ArrayList<>();
                for (int k = 0; k < 6; k++) {
                    answers.add(put(admin, k % 2 == 0
                            ? "{\"profile\":\"US_FEDERAL\",\"reviewInterval\":\"P2M\",\"validationInterval\":\"P6M\"}"
                            : "{\"profile\":\"US_FEDERAL\",\"reviewInterval\":\"P3M\",\"validationInterval\":\"P12M\"}").status());
                }
                return answers;
            }));
            for (String[] file : files) {
                work.add(pool.submit(() -> {
                    List<Integer> answers = new java.util.ArrayList<>();
                    for (int k = 0; k < 3; k++) {
                        answers.add(Api.post(Api.token(authoriser2()), "authorisations/" + file[1] + "/reviews",
                                AuthorisationIT.review()).status());
                        AuthorisationIT.validate(file[0]); // asserts its own answers
                    }
                    return answers;
                }));
            }
            for (java.util.concurrent.Future<List<Integer>> w : work) {
                for (int answer : w.get(180, java.util.concurrent.TimeUnit.SECONDS)) {
                    assertTrue(answer == 200 || answer == 201, "every change and review answered as alone: " + answer);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(3, clockBasis("review_months"), "the basis: the last figures set");
        assertEquals(12, clockBasis("validation_months"));
        for (String[] file : files) {
            assertEquals(nextReviewDue(file[1]), keptReviewDue(file[0]), "the file's next review, kept as its records say");
            Api.Reply v = Api.get(Api.token(officer1()), "sources/" + file[0] + "/validations");
            assertEquals(200, v.status(), v.body());
            assertEquals(v.json().getJsonObject("standing").getString("nextValidationDue"), kept(file[0], "validation_due_on"),
                    "the file's next validation, kept as its records say");
        }
    }

    private static String nextReviewDue(String authorisationId) {
        Api.Reply a = Api.get(Api.token(officer1()), "authorisations/" + authorisationId);
        assertEquals(200, a.status(), a.body());
        return a.json().getString("nextReviewDue");
    }

    private static String keptReviewDue(String sourceId) throws SQLException {
        return kept(sourceId, "review_due_on");
    }

    private static String kept(String sourceId, String column) throws SQLException {
        try (java.sql.Connection c = Stand.current().rootConnection();
             java.sql.PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM source WHERE id = ?")) {
            s.setString(1, sourceId);
            try (java.sql.ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                return String.valueOf(rs.getObject(1, java.time.LocalDate.class));
            }
        }
    }

    private static int clockBasis(String column) throws SQLException {
        try (java.sql.Connection c = Stand.current().rootConnection();
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT " + column + " FROM register_clock_basis")) {
            assertTrue(rs.next());
            return rs.getInt(1);
        }
    }

    private static int reviewMonths(String period) {
        return Math.toIntExact(java.time.Period.parse(period).toTotalMonths());
    }
}
