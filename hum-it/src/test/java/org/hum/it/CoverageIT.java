package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Optional;

import static org.hum.it.Cast.admin1;
import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.mesa;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.reviewer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coverage of the priority requirements by port of entry (docs/domain.md, "Oversight"): a CRITICAL
 * requirement with no answer in 90 days is listed first; an item answering it removes it from the
 * uncovered; a viewer without the compartment sees neither the requirement nor its counts; ports of
 * entry are reference data that administrators keep, and a requirement names only ports in service.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class CoverageIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    private static String requirement(String priority, String compartment, String... ports) {
        var p = Json.createArrayBuilder();
        for (String port : ports) {
            p.add(port);
        }
        Api.Reply r = Api.post(Api.token(controller1()), "requirements", Json.createObjectBuilder()
                .add("title", "Pill presses through the port").add("priority", priority).add("owner", officer1())
                .add("compartment", compartment).add("ports", p).build().toString());
        assertEquals(201, r.status(), r.body());
        return r.json().getString("id");
    }

    private static Api.Reply setRetired(String admin, String code, boolean retired) {
        return Api.send(Api.request(admin, "ports-of-entry/" + code).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"retired\":" + retired + "}")));
    }

    private static String withPort(String tasking, String port) {
        return Json.createObjectBuilder(Json.createReader(new java.io.StringReader(tasking)).readObject()).add("port", port)
                .build().toString();
    }

    private static Optional<JsonObject> line(JsonObject coverage, String requirementId) {
        return coverage.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("requirementId").equals(requirementId)).findFirst();
    }

    @Test
    void anUncoveredCriticalRequirementComesFirstUntilAnItemAnswersIt() {
        String critical = requirement("CRITICAL", copper(), "LUKEVILLE", "SASABE");
        String low = requirement("LOW", copper(), "LUKEVILLE");
        String hidden = requirement("CRITICAL", mesa(), "NACO");
        String reviewer = Api.token(reviewer1());

        JsonObject before = Api.get(reviewer, "oversight/coverage").json();
        JsonObject first = before.getJsonArray("lines").getJsonObject(0);
        assertTrue(first.getBoolean("uncovered"), first.toString());
        assertEquals("CRITICAL", first.getString("priority"));
        JsonObject c = line(before, critical).orElseThrow();
        assertTrue(c.getBoolean("uncovered"));
        assertEquals(List.of("LUKEVILLE", "SASABE"), c.getJsonArray("ports").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertFalse(line(before, low).orElseThrow().getBoolean("uncovered"), "only CRITICAL and HIGH are flagged");

        // a source tasked against it, and an item that answers it
        String source = LifecycleIT.ready("COVER").sourceId();
        Api.Reply elsewhere = TaskingIT.create(officer1(), source, withPort(TaskingIT.tasking(critical,
                LifecycleIT.today().plusDays(10), true, "REPORT_OBSERVED"), "NACO"));
        assertEquals(400, elsewhere.status(), elsewhere.body());
        assertTrue(elsewhere.body().contains("\"port\"") && elsewhere.body().contains("LUKEVILLE, SASABE"), elsewhere.body());
        Api.Reply tasked = TaskingIT.create(officer1(), source, withPort(TaskingIT.tasking(critical,
                LifecycleIT.today().plusDays(10), true, "REPORT_OBSERVED"), "sasabe"));
        assertEquals(201, tasked.status(), tasked.body());
        assertEquals("SASABE", tasked.json().getString("port"), "a tasking names one of its requirement's ports");
        String tasking = tasked.json().getString("id");
        JsonObject figures = Api.get(reviewer, "oversight/figures").json();
        assertTrue(figures.getJsonArray("activeSourcesByPort").getValuesAs(JsonObject.class).stream()
                .anyMatch(n -> n.getString("key").equals("SASABE") && n.getInt("count") >= 1),
                "the tasked file is active at its requirement's ports: " + figures);
        JsonObject taskedOnly = line(Api.get(reviewer, "oversight/coverage").json(), critical).orElseThrow();
        assertEquals(1, taskedOnly.getInt("sourcesTasked"));
        assertTrue(taskedOnly.getBoolean("uncovered"), "tasked but not yet answered in 90 days");
        Api.Reply answered = ContactReportIT.submit(officer1(), source, ContactReportIT.report("Met at the crossing")
                .add("items", Json.createArrayBuilder().add(ContactReportIT.item("Two presses crossed on Friday", "2", tasking))));
        assertEquals(201, answered.status(), answered.body());
        assertEquals("SASABE", answered.json().getJsonObject("current").getJsonArray("items").getJsonObject(0).getString("port"),
                "an item answering a tasking concerns the tasking's port");
        Api.Reply named = ContactReportIT.submit(officer1(), source, ContactReportIT.report("Met again")
                .add("items", Json.createArrayBuilder().add(ContactReportIT.item("A load waits at Naco", "3", null).add("port", "naco"))));
        assertEquals(201, named.status(), named.body());
        assertEquals("NACO", named.json().getJsonObject("current").getJsonArray("items").getJsonObject(0).getString("port"));
        Api.Reply unknownPort = ContactReportIT.submit(officer1(), source, ContactReportIT.report("Met once more")
                .add("items", Json.createArrayBuilder().add(ContactReportIT.item("Somewhere", "3", null).add("port", "ATLANTIS"))));
        assertEquals(400, unknownPort.status(), unknownPort.body());
        assertTrue(unknownPort.body().contains("items[0].port"), unknownPort.body());

        JsonObject after = Api.get(reviewer, "oversight/coverage").json();
        JsonObject covered = line(after, critical).orElseThrow();
        assertFalse(covered.getBoolean("uncovered"), covered.toString());
        assertEquals(1, covered.getInt("answered30"));
        assertEquals(1, covered.getInt("answered90"));
        assertEquals(1, covered.getInt("answered365"));
        assertEquals("2", covered.getJsonArray("grades").getJsonObject(0).getString("key"));
        assertTrue(after.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .takeWhile(l -> l.getBoolean("uncovered")).noneMatch(l -> l.getString("requirementId").equals(critical)),
                "no longer among the uncovered listed first");

        // filters, and the heat map
        assertTrue(line(Api.get(reviewer, "oversight/coverage?port=SASABE").json(), critical).isPresent());
        assertTrue(line(Api.get(reviewer, "oversight/coverage?port=NACO").json(), critical).isEmpty());
        assertTrue(line(Api.get(reviewer, "oversight/coverage?priority=low").json(), critical).isEmpty());
        Api.Reply svg = Api.get(reviewer, "oversight/coverage.svg");
        assertEquals(200, svg.status());
        assertTrue(svg.header("Content-Type").startsWith("image/svg+xml"));
        assertTrue(svg.body().contains("data-port=\"SASABE\" data-priority=\"CRITICAL\" data-requirements=\""), svg.body());

        // a reviewer of MESA only: the COPPER requirements and their counts are not there; theirs is
        String narrow = "mesacov-" + Cast.suffix().toLowerCase(java.util.Locale.ROOT);
        AdminApi.createUser(Api.token(admin1()), narrow, "SECRET", List.of("COMPLIANCE_REVIEWER"), List.of(mesa()),
                Cast.password());
        JsonObject theirs = Api.get(Api.token(narrow), "oversight/coverage").json();
        assertTrue(line(theirs, critical).isEmpty() && line(theirs, low).isEmpty(), theirs.toString());
        assertTrue(line(theirs, hidden).isPresent());
        assertFalse(Api.get(Api.token(narrow), "oversight/coverage.svg").body().contains("data-answers=\"1\""),
                "no COPPER answer counted in their map");
        assertTrue(line(Api.get(Api.token(controller1()), "oversight/coverage").json(), critical).isPresent(),
                "controllers read coverage too");
    }

    @Test
    void portsAreReferenceDataAndBadFiltersAreNamed() {
        String admin = Api.token(admin1());
        Api.Reply list = Api.get(Api.token(officer1()), "ports-of-entry");
        assertEquals(200, list.status());
        assertTrue(list.body().startsWith("[{\"code\":\"SAN_YSIDRO\""), "west to east: " + list.body());
        assertTrue(list.body().contains("\"BROWNSVILLE\""));
        String code = "TEST_" + Cast.suffix().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        assertEquals(403, Api.post(Api.token(controller1()), "ports-of-entry",
                "{\"code\":\"" + code + "\",\"name\":\"Test crossing\",\"state\":\"AZ\"}").status());
        Api.Reply added = Api.post(admin, "ports-of-entry", "{\"code\":\"" + code + "\",\"name\":\"Test crossing "
                + code + "\",\"state\":\"AZ\",\"position\":75}");
        assertEquals(201, added.status(), added.body());
        assertEquals(409, Api.post(admin, "ports-of-entry", "{\"code\":\"" + code + "\",\"name\":\"Other\",\"state\":\"AZ\"}").status());
        Api.Reply bad = Api.post(admin, "ports-of-entry", "{\"code\":\"lower case\",\"name\":\"x\",\"state\":\"Arizona\"}");
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("\"code\"") && bad.body().contains("\"state\""), bad.body());
        String withNew = requirement("HIGH", copper(), code);
        Api.Reply retired = Api.send(Api.request(admin, "ports-of-entry/" + code).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"retired\":true}")));
        assertEquals(200, retired.status(), retired.body());
        assertTrue(retired.json().getBoolean("retired"));
        Api.Reply refused = Api.post(Api.token(controller1()), "requirements", Json.createObjectBuilder()
                .add("title", "Retired port").add("priority", "HIGH").add("owner", officer1()).add("compartment", copper())
                .add("ports", Json.createArrayBuilder().add(code)).build().toString());
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("\"ports\"") && refused.body().contains("retired"), refused.body());
        Api.Reply unknown = Api.post(Api.token(controller1()), "requirements", Json.createObjectBuilder()
                .add("title", "Unknown port").add("priority", "HIGH").add("owner", officer1()).add("compartment", copper())
                .add("ports", Json.createArrayBuilder().add("ATLANTIS")).build().toString());
        assertEquals(400, unknown.status(), unknown.body());
        assertFalse(unknown.body().contains("ATLANTIS"), "the value sent is not quoted back");
        assertTrue(Api.get(Api.token(reviewer1()), "oversight/coverage").body().contains(withNew),
                "a requirement keeps its retired port");

        // a report may not name a retired port either (PROGRESO retired for the moment, then brought back)
        Cast.Source kestrel = Cast.source("KESTREL");
        gradeB(kestrel);
        ReportSteps.Item item = ReportSteps.contactItem(kestrel.id(), "Drums cross at Progreso", ReportSteps.hoursAgo(2));
        String description = ReportSteps.description("DIRECT");
        assertEquals(200, setRetired(admin, "PROGRESO", true).status());
        try {
            Api.Reply report = Api.post(ReportSteps.token(Cast.reports1()), "reports", ReportSteps.draft(item.id(),
                    "A reliable source says drums move at night.", description).add("ports", ReportSteps.array("PROGRESO"))
                    .build().toString());
            assertEquals(400, report.status(), report.body());
            assertTrue(report.body().contains("\"ports\"") && report.body().contains("retired"), report.body());
        } finally {
            assertEquals(200, setRetired(admin, "PROGRESO", false).status());
        }

        String reviewer = Api.token(reviewer1());
        for (String[] q : List.of(new String[] {"port=ATLANTIS", "port"}, new String[] {"priority=URGENT", "priority"},
                new String[] {"compartment=no%20spaces", "compartment"})) {
            Api.Reply r = Api.get(reviewer, "oversight/coverage?" + q[0]);
            assertEquals(400, r.status(), q[0] + r.body());
            assertTrue(r.body().contains("\"" + q[1] + "\""), r.body());
        }
        for (String user : List.of(officer1(), Cast.authoriser1(), admin1())) {
            assertEquals(403, Api.get(Api.token(user), "oversight/coverage").status(), user);
        }
    }

    /**
     * A port the administrators add is one a report and a partner organisation may name (not only a
     * requirement); its new name reaches the report as people read it; retired, it stays where it was
     * named and is refused on anything new.
     */
    @Test
    void twoAdministratorsAddingOnePortAtOnceGetOneNewPortAndOneConflictNeverAnError() throws Exception {
        String admin = Api.token(admin1());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 3; round++) {
                String code = "RACE" + round + "_" + Cast.suffix().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
                String body = "{\"code\":\"" + code + "\",\"name\":\"Race crossing " + code + "\",\"state\":\"AZ\"}";
                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(8);
                List<java.util.concurrent.Future<Api.Reply>> sent = new java.util.ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    sent.add(pool.submit(() -> {
                        together.await(30, java.util.concurrent.TimeUnit.SECONDS);
                        return Api.post(admin, "ports-of-entry", body);
                    }));
                }
                java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();
                for (var f : sent) {
                    Api.Reply r = f.get(60, java.util.concurrent.TimeUnit.SECONDS);
                    statuses.merge(r.status(), 1, Integer::sum);
                    if (r.status() == 409) {
                        assertTrue(r.json().getString("detail").contains("port of entry"), r.body());
                    }
                }
                assertEquals(java.util.Map.of(201, 1, 409, 7), statuses, "one port, seven clear conflicts, no 500");
                String listed = Api.get(admin, "ports-of-entry").body();
                assertEquals(2, listed.split("\"code\":\"" + code + "\"", -1).length, "the port is listed once");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAddedPortServesReportsAndPartnerOrganisationsAndItsNewNameReachesThem() {
        String admin = Api.token(admin1());
        String code = "NEW_" + Cast.suffix().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        Api.Reply added = Api.post(admin, "ports-of-entry", "{\"code\":\"" + code + "\",\"name\":\"Lochiel " + code
                + "\",\"state\":\"AZ\",\"position\":95}");
        assertEquals(201, added.status(), added.body());

        Cast.Source kestrel = Cast.source("KESTREL");
        gradeB(kestrel);
        ReportSteps.Item item = ReportSteps.contactItem(kestrel.id(), "Drums cross at Lochiel", ReportSteps.hoursAgo(3));
        String reports = ReportSteps.token(Cast.reports1());
        Api.Reply report = Api.post(reports, "reports", ReportSteps.draft(item.id(), "A reliable source says drums move at night.",
                ReportSteps.description("DIRECT")).add("ports", ReportSteps.array(code.toLowerCase(java.util.Locale.ROOT), "SASABE"))
                .build().toString());
        assertEquals(201, report.status(), report.body());
        JsonObject part = report.json().getJsonObject("releasable");
        assertEquals(List.of(code, "SASABE"), strings(part, "ports"), "codes as the list has them");
        assertEquals(List.of("Lochiel " + code, "Sasabe"), strings(part, "portNames"));

        Api.Reply renamed = ReportSteps.put(admin1(), "ports-of-entry/" + code, "{\"name\":\"Lochiel crossing " + code + "\"}");
        assertEquals(200, renamed.status(), renamed.body());
        Api.Reply read = Api.get(reports, "reports/" + report.json().getString("id"));
        assertEquals(List.of("Lochiel crossing " + code, "Sasabe"), strings(read.json().getJsonObject("releasable"), "portNames"));

        String name = AdministrationIT.unique("Pima County port desk");
        Api.Reply org = Api.post(admin, "admin/partners", Json.createObjectBuilder().add("name", name).add("kind", "LOCAL")
                .add("jurisdiction", "Pima County").add("ports", ReportSteps.array(code, "NACO")).add("contact", "Duty desk")
                .build().toString());
        assertEquals(201, org.status(), org.body());
        assertEquals(List.of(code, "NACO").stream().sorted().toList(), strings(org.json(), "ports"));
        Api.Reply unknown = Api.post(admin, "admin/partners", Json.createObjectBuilder().add("name", name + " 2").add("kind", "LOCAL")
                .add("jurisdiction", "Pima County").add("ports", ReportSteps.array("ATLANTIS")).add("contact", "Duty desk")
                .build().toString());
        assertEquals(400, unknown.status(), unknown.body());
        assertTrue(unknown.body().contains("\"ports\"") && !unknown.body().contains("ATLANTIS"), unknown.body());

        assertEquals(200, setRetired(admin, code, true).status());
        Api.Reply kept = ReportSteps.put(admin1(), "admin/partners/" + org.json().getString("id"),
                Json.createObjectBuilder().add("ports", ReportSteps.array(code, "NACO", "DOUGLAS")).build().toString());
        assertEquals(200, kept.status(), kept.body());
        assertEquals(List.of(code, "DOUGLAS", "NACO").stream().sorted().toList(), strings(kept.json(), "ports"), "a retired port stays where it was named");
        Api.Reply refused = Api.post(admin, "admin/partners", Json.createObjectBuilder().add("name", name + " 3").add("kind", "LOCAL")
                .add("jurisdiction", "Pima County").add("ports", ReportSteps.array(code)).add("contact", "Duty desk").build().toString());
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("retired"), refused.body());
        Api.Reply again = ReportSteps.put(Cast.reports1(), "reports/" + report.json().getString("id"), ReportSteps.draft(item.id(),
                "A reliable source says drums move at night.", null).add("ports", ReportSteps.array(code)).build().toString());
        assertEquals(400, again.status(), again.body());
        assertTrue(again.body().contains("\"ports\"") && again.body().contains("retired"), again.body());
        assertEquals(List.of("Lochiel crossing " + code, "Sasabe"), strings(Api.get(reports, "reports/" + report.json().getString("id"))
                .json().getJsonObject("releasable"), "portNames"), "the draft as it was");
    }

    /** KESTREL graded B for a report to rest on (the class's other test may have graded it already: 409). */
    private static void gradeB(Cast.Source kestrel) {
        Api.Reply graded = Api.post(Api.token(officer1()), "sources/" + kestrel.id() + "/grades", Json.createObjectBuilder()
                .add("grade", "B").add("reason", "Corroborated").build().toString());
        assertTrue(graded.status() == 201 || graded.status() == 409, graded.body());
    }

    private static List<String> strings(JsonObject o, String key) {
        return o.getJsonArray(key).getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }
}
