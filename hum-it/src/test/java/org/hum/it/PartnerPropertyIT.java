package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.reports1;
import static org.hum.it.ReportSteps.contactItem;
import static org.hum.it.ReportSteps.description;
import static org.hum.it.ReportSteps.hoursAgo;
import static org.hum.it.ReportSteps.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The partner property: for random organisations and random releases (markings, kinds released
 * to, named recipients), each organisation's portal shows exactly the reports released to it,
 * and nothing any partner reads (portal, feed, TAXII) holds a field from above the tearline, a
 * code name or a source id. The seed is printed, so a failure can be replayed.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class PartnerPropertyIT {
    private static final String[] KINDS = {"LOCAL", "TRIBAL", "TERRITORIAL"};
    private static final String[] TLPS = {"CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED"};
    private static final String NOTES = "Restricted-notes-marker-7731";
    private static final String PURPOSE = "PURPOSE-MARKER-4419";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private record Org(PartnerSteps.Org steps, String kind) {
    }

    @Test
    void eachPartnerSeesExactlyWhatWasReleasedToItAndNothingAboveTheTearline() throws Exception {
        long seed = Long.getLong("hum.it.seed", System.nanoTime());
        System.out.println("PartnerPropertyIT seed " + seed + " (replay with -Dhum.it.seed=" + seed + ")");
        Random random = new Random(seed);
        List<Org> orgs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String kind = KINDS[random.nextInt(KINDS.length)];
            orgs.add(new Org(PartnerSteps.org("prop", kind), kind));
        }
        Cast.Source kestrel = Cast.source("KESTREL");
        Api.post(token(officer1()), "sources/" + kestrel.id() + "/grades", Json.createObjectBuilder().add("grade", "B")
                .add("reason", "Corroborated").build().toString());
        ReportSteps.Item item = contactItem(kestrel.id(), "Loads leave the yard at dawn " + Cast.suffix(), hoursAgo(2));
        String description = description("DIRECT");

        List<Set<String>> expected = new ArrayList<>();
        orgs.forEach(o -> expected.add(new TreeSet<>()));
        int disagreements = 0;
        for (int n = 0; n < 10; n++) {
            String tlp = TLPS[random.nextInt(TLPS.length)];
            Set<String> kinds = new HashSet<>();
            Set<String> named = new HashSet<>();
            if (!tlp.equals("RED")) {
                for (String k : KINDS) {
                    if (random.nextInt(3) == 0) {
                        kinds.add(k);
                    }
                }
            }
            for (Org o : orgs) {
                if (random.nextInt(4) == 0) {
                    named.add(o.steps().name());
                }
            }
            if (kinds.isEmpty() && named.isEmpty()) {
                named.add(orgs.get(random.nextInt(orgs.size())).steps().name());
            }
            JsonArrayBuilder kindArray = Json.createArrayBuilder();
            kinds.forEach(kindArray::add);
            JsonArrayBuilder nameArray = Json.createArrayBuilder();
            named.forEach(nameArray::add);
            Api.Reply saved = Api.post(token(reports1()), "reports", Json.createObjectBuilder()
                    .add("title", "Yard departures " + n).add("itemIds", Json.createArrayBuilder().add(item.id()))
                    .add("notes", NOTES).add("releasableText", "Loads leave at dawn, report " + n + ".")
                    .add("subject", "precursors").add("area", "Sonora corridor")
                    .add("ports", Json.createArrayBuilder().add("NOGALES_MARIPOSA")).add("concerning", "2026-11-03")
                    .add("tlp", tlp).add("releasableTo", kindArray).add("recipients", nameArray)
                    .add("sourceDescriptionId", description).add("purpose", PURPOSE).build().toString());
            assertEquals(201, saved.status(), saved.body());
            String id = saved.json().getString("id");
            assertEquals(200, Api.post(token(reports1()), "reports/" + id + "/submission", "").status());
            Api.Reply approved = Api.post(token(controller1()), "reports/" + id + "/approval", "");
            assertEquals(200, approved.status(), approved.body());
            for (int i = 0; i < orgs.size(); i++) {
                Org o = orgs.get(i);
                if (kinds.contains(o.kind()) || named.contains(o.steps().name())) {
                    expected.get(i).add(id);
                }
            }
        }

        for (int i = 0; i < orgs.size(); i++) {
            PartnerSteps.Org o = orgs.get(i).steps();
            String portal = Api.token(o.portalUser(), o.password());
            Api.Reply list = Api.get(portal, "partner/reports");
            assertEquals(200, list.status(), list.body());
            Set<String> seen = new TreeSet<>();
            Json.createReader(new StringReader(list.body())).readArray().getValuesAs(JsonObject.class)
                    .forEach(r -> seen.add(r.getString("reportId")));
            if (!seen.equals(expected.get(i))) {
                disagreements++;
                System.out.println("disagreement for " + o.name() + ": expected " + expected.get(i) + ", saw " + seen);
            }
            String feed = Api.get(portal, "partner/feed?limit=1000").body();
            String taxii = PartnerSteps.taxii(o, "api/collections/" + o.collectionId() + "/objects/?match[version]=all").body();
            for (String read : List.of(list.body(), feed, taxii)) {
                for (String forbidden : List.of(NOTES, PURPOSE, kestrel.codeName(), kestrel.id(), ReportSteps.PLACE, reports1())) {
                    if (read.contains(forbidden)) {
                        disagreements++;
                        System.out.println("a partner read a forbidden field (" + forbidden.length() + " characters)");
                    }
                }
            }
        }
        assertEquals(0, disagreements, "seed " + seed);
        assertTrue(expected.stream().mapToInt(Set::size).sum() > 0, "something was released to someone");
    }
}
