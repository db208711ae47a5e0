package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.TreeSet;
import java.util.Random;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.hum.partner.stix.StixValidator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.reports1;
import static org.hum.it.ReportSteps.contactItem;
import static org.hum.it.ReportSteps.description;
import static org.hum.it.ReportSteps.hoursAgo;
import static org.hum.it.ReportSteps.put;
import static org.hum.it.ReportSteps.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The partner exchange end to end: certificates checked at upload, TAXII 2.1 walked as a client
 * walks it (both ways of paging over more than 250 object versions, every object checked against
 * STIX 2.1's normative rules), another organisation's credentials seeing nothing, the CMS file
 * opened by stock OpenSSL, a recall reaching TAXII, the feed and the dissemination log, and the
 * partner property: for random organisations and random releases (markings, kinds released to,
 * named recipients), each organisation's portal shows exactly the reports released to it, and
 * nothing any partner reads (portal, feed, TAXII) holds a field from above the tearline, a code
 * name or a source id. The property's seed is printed, so a failure can be replayed.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class PartnerExchangeIT {
    private static final String TAXII_TYPE = "application/taxii+json;version=2.1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aCertificateIsCheckedAtUploadAndABadOneRefusedWithItsReason() throws Exception {
        PartnerSteps.Org org = PartnerSteps.org("cert", "TRIBAL");
        Api.Reply garbage = PartnerSteps.ReportStepsPut.put(Cast.adminToken(), "admin/partners/" + org.id() + "/certificate",
                "{\"pem\":\"-----BEGIN CERTIFICATE-----\\nnot a certificate\\n-----END CERTIFICATE-----\"}");
        assertEquals(400, garbage.status(), garbage.body());
        assertTrue(garbage.body().toLowerCase().contains("certificate"), garbage.body());
        // the CA's own certificate is not an end certificate for encryption
        String caPem = Files.readString(org.pkiHome().resolve("keys/hum-ca.crt"));
        Api.Reply ca = PartnerSteps.ReportStepsPut.put(Cast.adminToken(), "admin/partners/" + org.id() + "/certificate",
                Json.createObjectBuilder().add("pem", caPem).build().toString());
        assertEquals(400, ca.status(), ca.body());
        Api.Reply missing = PartnerSteps.ReportStepsPut.put(Cast.adminToken(), "admin/partners/" + java.util.UUID.randomUUID()
                + "/certificate", Json.createObjectBuilder().add("pem", caPem).build().toString());
        assertEquals(404, missing.status(), missing.body());
        Api.Reply kept = Api.get(Cast.adminToken(), "admin/partners/" + org.id());
        assertEquals(200, kept.status(), kept.body());
        assertEquals(64, kept.json().getString("certificateSha256").length(), "the good certificate stays on file");
        Api.Reply partnerRole = Api.post(Cast.adminToken(), "admin/users", Json.createObjectBuilder()
                .add("username", AdministrationIT.unique("loose")).add("displayName", "Loose partner").add("unit", "X")
                .add("clearance", "SENSITIVE").add("roles", Json.createArrayBuilder().add("PARTNER"))
                .add("password", "A-long-enough-pass-9").build().toString());
        assertEquals(400, partnerRole.status(), "PARTNER only with an organisation: " + partnerRole.body());
    }

    @Test
    void taxiiIsWalkedAsAClientWalksItAndAnotherOrganisationSeesNothing() throws Exception {
        PartnerSteps.Org tribal = PartnerSteps.org("taxii", "TRIBAL");
        PartnerSteps.Org other = PartnerSteps.org("other", "LOCAL");
        Released r = release(73, "TRIBAL");

        // discovery and the API root
        Api.Reply discovery = PartnerSteps.taxii(tribal, "");
        assertEquals(200, discovery.status(), discovery.body());
        assertEquals(TAXII_TYPE, discovery.header("Content-Type"));
        String root = discovery.json().getJsonArray("api_roots").getString(0);
        assertTrue(root.endsWith("/hum/taxii2/api/"), root);
        Api.Reply apiRoot = PartnerSteps.taxii(tribal, "api/");
        assertEquals(200, apiRoot.status(), apiRoot.body());
        assertEquals(TAXII_TYPE, apiRoot.json().getJsonArray("versions").getString(0));
        Api.Reply anonymous = PartnerSteps.taxii(null, null, "api/");
        assertEquals(401, anonymous.status());
        assertEquals(TAXII_TYPE, anonymous.header("Content-Type"), "a TAXII error message");
        assertEquals("401", anonymous.json().getString("http_status"));
        assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic"), "Basic is offered");
        assertEquals(401, PartnerSteps.taxii(tribal.taxiiUser(), "wrong-password-123", "api/").status());

        // the collections: only the organisation's own
        Api.Reply collections = PartnerSteps.taxii(tribal, "api/collections/");
        assertEquals(200, collections.status(), collections.body());
        assertEquals(1, collections.json().getJsonArray("collections").size());
        JsonObject collection = collections.json().getJsonArray("collections").getJsonObject(0);
        assertEquals(tribal.collectionId(), collection.getString("id"));
        assertTrue(collection.getBoolean("can_read"));
        assertFalse(collection.getBoolean("can_write"));
        String base = "api/collections/" + tribal.collectionId() + "/";
        for (String path : List.of("", "objects/", "manifest/", "objects/" + r.stixId() + "/", "objects/" + r.stixId() + "/versions/")) {
            Api.Reply foreign = PartnerSteps.taxii(other, base + path);
            assertEquals(404, foreign.status(), "another organisation's " + path + " looks missing: " + foreign.body());
            assertEquals("404", foreign.json().getString("http_status"));
        }
        Api.Reply missing = PartnerSteps.taxii(tribal, "api/collections/" + java.util.UUID.randomUUID() + "/objects/");
        assertEquals(404, missing.status());
        Api.Reply otherObjects = PartnerSteps.taxii(other, "api/collections/" + other.collectionId() + "/objects/?match[type]=report");
        assertEquals(200, otherObjects.status(), otherObjects.body());
        assertFalse(otherObjects.body().contains(r.stixId()), "nothing released to TRIBAL reaches a LOCAL organisation");

        // paging by next over every version
        StixValidator validator = new StixValidator();
        List<String> byNext = new ArrayList<>();
        String next = null;
        Instant lastAdded = Instant.EPOCH;
        int pages = 0;
        do {
            Api.Reply page = PartnerSteps.taxii(tribal, base + "objects/?match[version]=all&limit=40"
                    + (next == null ? "" : "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
            assertEquals(200, page.status(), page.body());
            assertEquals(TAXII_TYPE, page.header("Content-Type"));
            JsonObject env = page.json();
            List<JsonObject> objects = env.containsKey("objects") ? env.getJsonArray("objects").getValuesAs(JsonObject.class) : List.of();
            assertTrue(objects.size() <= 40);
            if (!objects.isEmpty()) {
                Instant first = Instant.parse(page.header("X-TAXII-Date-Added-First"));
                Instant last = Instant.parse(page.header("X-TAXII-Date-Added-Last"));
                assertTrue(first.isAfter(lastAdded), "date_added rises across pages");
                assertFalse(last.isBefore(first));
                lastAdded = last;
            }
            for (JsonObject o : objects) {
                assertEquals(List.of(), validator.validateObject(o), "valid STIX 2.1: " + o);
                byNext.add(o.getString("id") + "@" + o.getString("modified", o.getString("created")));
            }
            next = env.getBoolean("more") ? env.getString("next") : null;
            pages++;
        } while (next != null && pages < 100);
        assertTrue(byNext.size() >= 250, "at least 250 object versions: " + byNext.size());
        assertEquals(byNext.size(), new HashSet<>(byNext).size(), "each version exactly once by next");

        // paging by added_after alone, from the last page's header, as OpenCTI and MISP do
        List<String> byAdded = new ArrayList<>();
        String after = null;
        pages = 0;
        while (pages++ < 100) {
            Api.Reply page = PartnerSteps.taxii(tribal, base + "objects/?match[version]=all&limit=37"
                    + (after == null ? "" : "&added_after=" + after));
            assertEquals(200, page.status(), page.body());
            JsonObject env = page.json();
            if (!env.containsKey("objects")) {
                break;
            }
            env.getJsonArray("objects").getValuesAs(JsonObject.class)
                    .forEach(o -> byAdded.add(o.getString("id") + "@" + o.getString("modified", o.getString("created"))));
            after = page.header("X-TAXII-Date-Added-Last");
        }
        assertEquals(byNext, byAdded, "both ways of paging give every version once, in the same order");

        // the default is the last version: the report once, as its newest version
        Api.Reply latest = PartnerSteps.taxii(tribal, base + "objects/?match[type]=report&match[id]=" + r.stixId());
        assertEquals(200, latest.status(), latest.body());
        List<JsonObject> reports = latest.json().getJsonArray("objects").getValuesAs(JsonObject.class);
        assertEquals(1, reports.size());
        assertEquals(73, reports.get(0).getInt("x_hum_version"));
        String text = reports.get(0).toString();
        assertFalse(text.contains("Rests on") || text.contains(ReportSteps.PLACE), "nothing above the tearline");
        assertFalse(text.contains(r.sourceId()) || text.contains(r.codeName()), "no source id or code name");

        Api.Reply manifest = PartnerSteps.taxii(tribal, base + "manifest/?match[id]=" + r.stixId() + "&match[version]=all");
        assertEquals(200, manifest.status(), manifest.body());
        List<JsonObject> entries = manifest.json().getJsonArray("objects").getValuesAs(JsonObject.class);
        assertEquals(73, entries.size());
        assertEquals("application/stix+json;version=2.1", entries.get(0).getString("media_type"));
        Api.Reply versions = PartnerSteps.taxii(tribal, base + "objects/" + r.stixId() + "/versions/");
        assertEquals(200, versions.status(), versions.body());
        List<String> vs = versions.json().getJsonArray("versions").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        assertEquals(73, vs.size());
        assertEquals(vs.stream().sorted().toList(), vs, "versions oldest first");
        Api.Reply one = PartnerSteps.taxii(tribal, base + "objects/" + r.stixId() + "/");
        assertEquals(200, one.status(), one.body());
        assertEquals(vs.get(72), one.json().getJsonArray("objects").getJsonObject(0).getString("modified"));

        // malformed parameters: TAXII error messages with 400
        for (String bad : List.of("objects/?limit=abc", "objects/?limit=0", "objects/?added_after=yesterday",
                "objects/?match[id]=not-an-id", "objects/?match[version]=newest", "objects/?next=garbage!",
                "objects/not-an-id/")) {
            Api.Reply refused = PartnerSteps.taxii(tribal, base + bad);
            assertEquals(400, refused.status(), bad + ": " + refused.body());
            assertEquals("400", refused.json().getString("http_status"), bad);
            assertNotNull(refused.json().getString("title"));
        }
    }

    @Test
    void theCmsFileOpensWithStockOpenSslAndTheRecallReachesEveryWay() throws Exception {
        PartnerSteps.Org tribal = PartnerSteps.org("cms", "TRIBAL");
        Released r = release(1, "TRIBAL");
        String portal = Api.token(tribal.portalUser(), tribal.password());

        Api.Reply list = Api.get(portal, "partner/reports");
        assertEquals(200, list.status(), list.body());
        assertTrue(list.body().contains(r.reportId()), list.body());
        assertFalse(list.body().contains("Rests on") || list.body().contains("\"restricted\""), "nothing above the tearline");
        Api.Reply text = Api.get(portal, "partner/reports/" + r.reportId() + "/text");
        assertEquals(200, text.status(), text.body());
        assertTrue(text.body().startsWith("TLP:AMBER\n"), text.body());

        var cms = Api.send(Api.request(portal, "partner/reports/" + r.reportId() + "/cms").GET());
        assertEquals(200, cms.status());
        assertTrue(cms.header("Content-Type").startsWith("application/pkcs7-mime"), cms.header("Content-Type"));
        byte[] der = Api.sendBytes(Api.request(portal, "partner/reports/" + r.reportId() + "/cms").GET());
        Path dir = Files.createTempDirectory("hum-cms");
        Files.write(dir.resolve("report.p7m"), der);
        Files.writeString(dir.resolve("partner.crt"), org.hum.partner.cms.Pem.certificate(tribal.partnerKey().certificate()));
        Files.writeString(dir.resolve("partner.key"), org.hum.partner.cms.Pem.privateKey(tribal.partnerKey().key()));
        Path ca = Path.of(System.getProperty("hum.it.home", "target/it-home")).toAbsolutePath().resolve("app/keys/hum-ca.crt");
        Process p = new ProcessBuilder("bash", "-c", "openssl cms -decrypt -inform DER -in report.p7m -recip partner.crt "
                + "-inkey partner.key | openssl cms -verify -inform DER -CAfile '" + ca + "'")
                .directory(dir.toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        byte[] opened = p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor(), Files.readString(dir.resolve("err.txt")));
        assertEquals(text.body(), new String(opened, StandardCharsets.UTF_8), "the file holds the printed report, byte for byte");

        // another organisation's report looks missing; an unknown cursor is refused
        assertEquals(404, Api.get(portal, "partner/reports/" + java.util.UUID.randomUUID()).status());
        assertEquals(400, Api.get(portal, "partner/feed?after=e999999999").status());
        assertEquals(400, Api.get(portal, "partner/feed?after=bogus").status());
        assertEquals(400, Api.get(portal, "partner/feed?limit=0").status());

        // pulled once, then withdrawn
        String base = "api/collections/" + tribal.collectionId() + "/";
        Api.Reply pulled = PartnerSteps.taxii(tribal, base + "objects/?match[type]=report");
        assertEquals(200, pulled.status(), pulled.body());
        String after = pulled.header("X-TAXII-Date-Added-Last");
        Api.Reply feed = Api.get(portal, "partner/feed?limit=1000");
        String cursor = feed.json().getString("next");
        Api.Reply withdrawn = Api.post(token(controller1()), "reports/" + r.versionId() + "/withdrawal",
                "{\"reason\":\"The carrier named was misread\"}");
        assertEquals(200, withdrawn.status(), withdrawn.body());

        Api.Reply again = PartnerSteps.taxii(tribal, base + "objects/?match[type]=report&added_after=" + after);
        assertEquals(200, again.status(), again.body());
        JsonObject revoked = again.json().getJsonArray("objects").getJsonObject(0);
        assertEquals(r.stixId(), revoked.getString("id"));
        assertTrue(revoked.getBoolean("revoked"), "the next pull has the revoked version");
        assertEquals(List.of(), new StixValidator().validateObject(revoked));
        Api.Reply recallFeed = Api.get(portal, "partner/feed?after=" + cursor);
        assertEquals(200, recallFeed.status(), recallFeed.body());
        JsonObject recall = recallFeed.json().getJsonArray("items").getJsonObject(0);
        assertEquals("RECALL", recall.getString("kind"));
        assertEquals("The carrier named was misread", recall.getString("reason"));
        Api.Reply now = Api.get(portal, "partner/reports/" + r.reportId());
        assertTrue(now.json().getBoolean("recalled"), "the portal marks it recalled");

        Api.Reply log = Api.get(token(Cast.reviewer1()), "disseminations?size=100&reportId=" + r.reportId());
        assertEquals(200, log.status(), log.body());
        Set<String> actions = new HashSet<>();
        log.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(row -> tribal.name().equals(row.getString("recipient")))
                .forEach(row -> actions.add(row.getString("action")));
        assertEquals(Set.of("DELIVERY", "READ", "RECALL"), actions, log.body());
    }

    // ---- the partner property ----

    private static final String[] KINDS = {"LOCAL", "TRIBAL", "TERRITORIAL"};
    private static final String[] TLPS = {"CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED"};
    private static final String NOTES = "Restricted-notes-marker-7731";
    private static final String PURPOSE = "PURPOSE-MARKER-4419";

    private record Org(PartnerSteps.Org steps, String kind) {
    }

    @Test
    void eachPartnerSeesExactlyWhatWasReleasedToItAndNothingAboveTheTearline() throws Exception {
        long seed = Long.getLong("hum.it.seed", System.nanoTime());
        System.out.println("PartnerExchangeIT property seed " + seed + " (replay with -Dhum.it.seed=" + seed + ")");
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

    record Released(String reportId, String versionId, String stixId, String sourceId, String codeName) {
    }

    /** A report drawn from this class's KESTREL, released {@code versions} times to partners of {@code kind}. */
    static Released release(int versions, String kind) {
        Cast.Source kestrel = Cast.source("KESTREL");
        Api.post(token(officer1()), "sources/" + kestrel.id() + "/grades", Json.createObjectBuilder().add("grade", "B")
                .add("reason", "Corroborated twice").build().toString());
        ReportSteps.Item item = contactItem(kestrel.id(), "Trailers cross early on " + AdministrationIT.unique("day"), hoursAgo(2));
        String description = description("DIRECT");
        String versionId = null;
        String reportId = null;
        for (int v = 1; v <= versions; v++) {
            JsonObjectBuilder d = Json.createObjectBuilder().add("title", "Trailer crossings, release " + v)
                    .add("itemIds", Json.createArrayBuilder().add(item.id()))
                    .add("notes", "Rests on the dispatcher's account.")
                    .add("releasableText", "Refrigerated trailers cross early on one weekday (release " + v + ").")
                    .add("subject", "precursor chemicals").add("area", "Sonora corridor")
                    .add("ports", Json.createArrayBuilder().add("SASABE"))
                    .add("concerning", "2026-11-03").add("tlp", "AMBER")
                    .add("releasableTo", Json.createArrayBuilder().add(kind))
                    .add("sourceDescriptionId", description).add("purpose", "Interdiction at the port of entry");
            Api.Reply saved = versionId == null ? Api.post(token(reports1()), "reports", d.build().toString())
                    : put(reports1(), "reports/" + versionId, d.build().toString());
            assertTrue(saved.status() == 201 || saved.status() == 200, saved.body());
            versionId = saved.json().getString("id");
            reportId = saved.json().getString("reportId");
            Api.Reply submitted = Api.post(token(reports1()), "reports/" + versionId + "/submission", "");
            assertEquals(200, submitted.status(), submitted.body());
            Api.Reply approved = Api.post(token(controller1()), "reports/" + versionId + "/approval", "");
            assertEquals(200, approved.status(), approved.body());
        }
        return new Released(reportId, versionId, org.hum.partner.stix.StixIds.report(reportId), kestrel.id(), kestrel.codeName());
    }

    static JsonObject parse(String s) {
        return Json.createReader(new StringReader(s)).readObject();
    }
}
