package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.TreeSet;
import java.util.Random;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.hum.partner.cms.CmsPackager;
import org.hum.partner.cms.Pem;
import org.hum.partner.stix.StixIds;
import org.hum.partner.stix.StixValidator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.HashMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
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
 * nothing any partner reads (portal, feed, TAXII, and each CMS file opened with the organisation's
 * key) holds a field from above the tearline, a code name or a source id; the feed and the TAXII
 * collection hold exactly the same reports as the portal expects. The property's seed is printed, so a failure can be replayed.
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
        // expired, and a certificate meant for another use: refused with the reason
        Instant now = Instant.now();
        Api.Reply expired = uploadCertificate(org, certificate(now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(35)),
                KeyUsage.keyEncipherment | KeyUsage.digitalSignature, KeyPurposeId.id_kp_emailProtection));
        assertEquals(400, expired.status(), expired.body());
        assertTrue(expired.body().contains("expired on"), expired.body());
        Api.Reply tlsServer = uploadCertificate(org, certificate(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(300)),
                KeyUsage.keyEncipherment | KeyUsage.digitalSignature, KeyPurposeId.id_kp_serverAuth));
        assertEquals(400, tlsServer.status(), tlsServer.body());
        assertTrue(tlsServer.body().contains("extendedKeyUsage lacks emailProtection"), tlsServer.body());
        Api.Reply signingOnly = uploadCertificate(org, certificate(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(300)),
                KeyUsage.digitalSignature, KeyPurposeId.id_kp_emailProtection));
        assertEquals(400, signingOnly.status(), signingOnly.body());
        assertTrue(signingOnly.body().contains("keyUsage lacks keyEncipherment"), signingOnly.body());
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
        assertFalse(versions.json().getBoolean("more"));
        assertFalse(versions.json().containsKey("next"), "no next when there is no more");
        // the versions paged by next, as objects are: every version once, in order
        List<String> pagedVersions = new ArrayList<>();
        String vnext = null;
        int vpages = 0;
        do {
            Api.Reply page = PartnerSteps.taxii(tribal, base + "objects/" + r.stixId() + "/versions/?limit=20"
                    + (vnext == null ? "" : "&next=" + URLEncoder.encode(vnext, StandardCharsets.UTF_8)));
            assertEquals(200, page.status(), page.body());
            JsonObject env = page.json();
            env.getJsonArray("versions").getValuesAs(jakarta.json.JsonString.class).forEach(v -> pagedVersions.add(v.getString()));
            assertEquals(env.getBoolean("more"), env.containsKey("next"), "next exactly when more: " + env);
            vnext = env.getBoolean("more") ? env.getString("next") : null;
            vpages++;
        } while (vnext != null && vpages < 20);
        assertEquals(4, vpages, "73 versions at 20 a page");
        assertEquals(vs, pagedVersions);
        Api.Reply badNext = PartnerSteps.taxii(tribal, base + "objects/" + r.stixId() + "/versions/?next=garbage!");
        assertEquals(400, badNext.status(), badNext.body());
        assertEquals("400", badNext.json().getString("http_status"));
        // the Accept header: TAXII 2.1's type, or the unversioned one; version 2.0 is 406
        for (String[] accept : new String[][]{{"application/taxii+json;version=2.1", "200"}, {"application/taxii+json", "200"},
                {"application/taxii+json;version=2.0", "406"}, {"application/taxii+json;version=2.1x", "406"},
                {"application/json", "406"}}) {
            Api.Reply answered = Api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(PartnerSteps.TAXII + "api/"))
                    .header("Accept", accept[0]).header("Authorization", basic(tribal.taxiiUser(), tribal.password())).GET());
            assertEquals(Integer.parseInt(accept[1]), answered.status(), accept[0] + ": " + answered.body());
            assertEquals(TAXII_TYPE, answered.header("Content-Type"), accept[0]);
            if (answered.status() == 406) {
                assertEquals("406", answered.json().getString("http_status"), "a TAXII error message");
            }
        }
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
    void machineAccountsOnlyOverTaxiiPersonsOnlyAtTheLoginAndTaxiiReadsAuditedAndRateLimited() throws Exception {
        PartnerSteps.Org org = PartnerSteps.org("channel", "FEDERAL");
        // a person's account over TAXII: refused exactly as a wrong password is
        Api.Reply person = PartnerSteps.taxii(org.portalUser(), org.password(), "api/");
        Api.Reply wrong = PartnerSteps.taxii(org.taxiiUser(), org.password() + "-wrong", "api/");
        assertEquals(401, person.status(), person.body());
        assertEquals(wrong.status(), person.status());
        assertEquals(wrong.body(), person.body(), "no hint that the password was right");
        assertEquals(wrong.header("WWW-Authenticate"), person.header("WWW-Authenticate"));
        // a machine account at the login (the portal's and the API's): refused as a wrong password is
        Api.Reply machine = Api.loginFrom(MACHINE_LOGIN_ADDRESS, org.taxiiUser(), org.password());
        Api.Reply wrongLogin = Api.loginFrom(MACHINE_LOGIN_ADDRESS, org.portalUser(), org.password() + "-wrong");
        assertEquals(401, machine.status(), machine.body());
        assertEquals(wrongLogin.status(), machine.status());
        assertEquals(wrongLogin.json().getString("detail"), machine.json().getString("detail"), "no hint");
        // each its own way
        assertEquals(200, Api.login(org.portalUser(), org.password()).status(), "the person logs in");
        Api.Reply reads = PartnerSteps.taxii(org, "api/collections/" + org.collectionId() + "/objects/");
        assertEquals(200, reads.status(), reads.body());

        // the machine's TAXII reads are in the audit trail under its name
        Api.Reply audited = Api.get(token(Cast.reviewer1()), "audit?actor=" + org.taxiiUser() + "&size=100");
        assertEquals(200, audited.status(), audited.body());
        List<JsonObject> entries = audited.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(entries.stream().anyMatch(e -> "TAXII_READ".equals(e.getString("action"))),
                "the TAXII read audited: " + audited.body());

        // the stand holds a TAXII account to a burst of 60 and 2 a second (docs/testing.md): past it, 429 as a TAXII error
        Api.Reply limited = null;
        for (int i = 0; i < 150 && limited == null; i++) {
            Api.Reply r = PartnerSteps.taxii(org, "api/");
            if (r.status() == 429) {
                limited = r;
            } else {
                assertEquals(200, r.status(), r.body());
            }
        }
        assertNotNull(limited, "a burst past the limit is refused");
        assertEquals(TAXII_TYPE, limited.header("Content-Type"));
        assertEquals("429", limited.json().getString("http_status"));
        assertEquals("Too many requests", limited.json().getString("title"));
        assertNotNull(limited.header("Retry-After"));
        PartnerSteps.Org other = PartnerSteps.org("channel-other", "FEDERAL");
        assertEquals(200, PartnerSteps.taxii(other, "api/").status(), "another account has its own allowance");
    }

    /** The machine-account logins of this class come from an address of their own (Api.loginFrom). */
    private static final String MACHINE_LOGIN_ADDRESS = "127.0.0.41";

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theCmsFileOpensWithStockOpenSslAndTheRecallReachesEveryWay() throws Exception {
        try (PartnerPushIT.Receiver receiver = new PartnerPushIT.Receiver(0, 0)) {
            cmsAndRecall(receiver);
        }
    }

    private void cmsAndRecall(PartnerPushIT.Receiver receiver) throws Exception {
        PartnerSteps.Org tribal = PartnerSteps.org("cms", "TRIBAL", "http://127.0.0.1:" + receiver.port() + "/inbox");
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
        Files.writeString(dir.resolve("partner.crt"), Pem.certificate(tribal.partnerKey().certificate()));
        Files.writeString(dir.resolve("partner.key"), Pem.privateKey(tribal.partnerKey().key()));
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
        await(() -> receiver.kindOf.values().stream().anyMatch(k -> k.startsWith("RELEASE")), "the release pushed");
        Set<String> before = rowIds(r.reportId(), tribal.name());
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
        await(() -> receiver.kindOf.values().stream().anyMatch(k -> k.startsWith("RECALL")), "the recall pushed");
        assertTrue(receiver.kindOf.values().stream().filter(k -> k.startsWith("RECALL"))
                .allMatch(k -> k.contains("application/pkcs7-mime")), "the pushed notice, encrypted: " + receiver.kindOf);

        // the log since the withdrawal: the recall, and each of the three ways it reached the organisation, each its own row
        List<JsonObject> since = new ArrayList<>();
        await(() -> {
            since.clear();
            since.addAll(logRows(r.reportId(), tribal.name()).stream().filter(row -> !before.contains(row.getString("id")))
                    .filter(row -> tribal.name().equals(row.getString("recipient")))
                    // the release's own push may land after the snapshot: it belongs to the release, not the withdrawal
                    .filter(row -> !row.getString("purpose", "").startsWith("release pushed")).toList());
            return since.stream().anyMatch(row -> "DELIVERY".equals(row.getString("action")));
        }, "the pushed recall in the log");
        assertEquals(1, since.stream().filter(row -> "RECALL".equals(row.getString("action"))).count(), "the recall: " + since);
        assertEquals(1, since.stream().filter(row -> "READ".equals(row.getString("action"))
                && tribal.taxiiUser().equals(row.getString("actor")) && "read over TAXII".equals(row.getString("purpose"))).count(),
                "the TAXII pull of the revoked version: " + since);
        assertEquals(1, since.stream().filter(row -> "READ".equals(row.getString("action"))
                && tribal.portalUser().equals(row.getString("actor")) && "read in the feed".equals(row.getString("purpose"))).count(),
                "the feed's read of the recall: " + since);
        assertEquals(1, since.stream().filter(row -> "DELIVERY".equals(row.getString("action"))
                && row.getString("purpose").startsWith("recall pushed, delivery ")).count(), "the pushed recall: " + since);
        assertEquals(4, since.size(), "nothing else since the withdrawal: " + since);

        Api.Reply now = Api.get(portal, "partner/reports/" + r.reportId());
        assertTrue(now.json().getBoolean("recalled"), "the portal marks it recalled");
    }

    @Test
    void aRegradeAfterReleaseRecallsFromWhomItNoLongerReachesAndReachesItsNewRecipient() throws Exception {
        PartnerSteps.Org state = PartnerSteps.org("regrade", "STATE");
        PartnerSteps.Org named = PartnerSteps.org("regrade-named", "LOCAL");
        Released r = release(1, "STATE");
        String statePortal = Api.token(state.portalUser(), state.password());
        String cursor = Api.get(statePortal, "partner/feed?limit=1000").json().getString("next");
        Set<String> before = new HashSet<>(rowIds(r.reportId(), state.name()));
        before.addAll(rowIds(r.reportId(), named.name()));

        // a new version, marked TLP:RED for the named organisation only, approved after the release
        Api.Reply saved = put(reports1(), "reports/" + r.versionId(), Json.createObjectBuilder()
                .add("title", "Trailer crossings, regraded").add("itemIds", Json.createArrayBuilder().add(r.itemId()))
                .add("notes", "Rests on the dispatcher's account.")
                .add("releasableText", "Refrigerated trailers cross early on one weekday (regraded).")
                .add("subject", "precursor chemicals").add("area", "Sonora corridor")
                .add("ports", Json.createArrayBuilder().add("SASABE")).add("concerning", "2026-11-03").add("tlp", "RED")
                .add("releasableTo", Json.createArrayBuilder()).add("recipients", Json.createArrayBuilder().add(named.name()))
                .add("sourceDescriptionId", r.descriptionId()).add("purpose", "Interdiction at the named office's port")
                .build().toString());
        assertTrue(saved.status() == 200 || saved.status() == 201, saved.body());
        String regraded = saved.json().getString("id");
        assertEquals(200, Api.post(token(reports1()), "reports/" + regraded + "/submission", "").status());
        Api.Reply approved = Api.post(token(controller1()), "reports/" + regraded + "/approval", "");
        assertEquals(200, approved.status(), approved.body());

        // the organisation it no longer reaches: the revoked version in its collection, the recall in its feed
        String stateObjects = "api/collections/" + state.collectionId() + "/objects/?match[type]=report&match[id]=" + r.stixId();
        JsonObject revoked = PartnerSteps.taxii(state, stateObjects).json().getJsonArray("objects").getJsonObject(0);
        assertTrue(revoked.getBoolean("revoked", false), "revoked in its collection: " + revoked);
        assertEquals(List.of(), new StixValidator().validateObject(revoked));
        JsonObject recall = Api.get(statePortal, "partner/feed?after=" + cursor).json().getJsonArray("items").getJsonObject(0);
        assertEquals("RECALL", recall.getString("kind"));
        assertEquals(r.reportId(), recall.getString("reportId"));
        assertFalse(Api.get(statePortal, "partner/feed?after=" + cursor).body().contains("regraded)."),
                "the regraded text does not reach it");
        // the named organisation: the new version, marked RED, not revoked
        String namedObjects = "api/collections/" + named.collectionId() + "/objects/?match[type]=report&match[id]=" + r.stixId();
        Api.Reply namedRead = PartnerSteps.taxii(named, namedObjects);
        assertEquals(200, namedRead.status(), namedRead.body());
        JsonObject current = namedRead.json().getJsonArray("objects").getJsonObject(0);
        assertFalse(current.getBoolean("revoked", false));
        assertEquals(2, current.getInt("x_hum_version"));
        assertEquals(List.of(), new StixValidator().validateObject(current));
        assertTrue(namedRead.body().contains("regraded)."), namedRead.body());
        // the log: the recall for the organisation it no longer reaches, the placement for the named one
        List<JsonObject> since = new ArrayList<>(logRows(r.reportId(), state.name()));
        since.addAll(logRows(r.reportId(), named.name()));
        since.removeIf(row -> before.contains(row.getString("id")));
        assertTrue(since.stream().anyMatch(row -> "RECALL".equals(row.getString("action"))
                && state.name().equals(row.getString("recipient"))), "the recall logged: " + since);
        assertTrue(since.stream().anyMatch(row -> "DELIVERY".equals(row.getString("action"))
                && named.name().equals(row.getString("recipient"))), "the new placement logged: " + since);

        // withdrawn: the organisation the version names is recalled, one RECALL row, not one from the report and one from the delivery
        assertEquals(200, Api.post(token(controller1()), "reports/" + regraded + "/withdrawal",
                Json.createObjectBuilder().add("reason", "Superseded").build().toString()).status());
        List<JsonObject> recalls = logRows(r.reportId(), named.name()).stream()
                .filter(row -> "RECALL".equals(row.getString("action"))).toList();
        assertEquals(1, recalls.size(), "one recall of the named organisation: " + recalls);
    }

    private static List<JsonObject> logRows(String reportId, String recipient) {
        Api.Reply log = Api.get(token(Cast.reviewer1()), "disseminations?size=100&reportId=" + reportId
                + "&recipient=" + URLEncoder.encode(recipient, StandardCharsets.UTF_8));
        assertEquals(200, log.status(), log.body());
        return log.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** The log's rows for the report and recipient so far, by id (the log shows no global sequence). */
    private static Set<String> rowIds(String reportId, String recipient) {
        return logRows(reportId, recipient).stream().map(row -> row.getString("id")).collect(Collectors.toSet());
    }

    private static void await(java.util.function.BooleanSupplier done, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (done.getAsBoolean()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    // ---- the partner property ----

    private static final String[] KINDS = {"FEDERAL", "STATE", "LOCAL", "TRIBAL", "TERRITORIAL"};
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
            Api.Reply feedReply = Api.get(portal, "partner/feed?limit=1000");
            assertEquals(200, feedReply.status(), feedReply.body());
            String feed = feedReply.body();
            Set<String> inFeed = new TreeSet<>();
            feedReply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(it -> "RELEASE".equals(it.getString("kind"))).forEach(it -> inFeed.add(it.getString("reportId")));
            Api.Reply taxiiReply = PartnerSteps.taxii(o, "api/collections/" + o.collectionId() + "/objects/?match[version]=all");
            assertEquals(200, taxiiReply.status(), taxiiReply.body());
            String taxii = taxiiReply.body();
            Set<String> inTaxii = new TreeSet<>();
            if (taxiiReply.json().containsKey("objects")) {
                taxiiReply.json().getJsonArray("objects").getValuesAs(JsonObject.class).stream()
                        .filter(x -> "report".equals(x.getString("type"))).forEach(x -> inTaxii.add(x.getString("id")));
            }
            Set<String> expectedStix = new TreeSet<>();
            expected.get(i).forEach(id -> expectedStix.add(StixIds.report(id)));
            for (Map.Entry<String, Set<String>> way : Map.of("feed", inFeed, "TAXII", inTaxii).entrySet()) {
                Set<String> want = way.getKey().equals("TAXII") ? expectedStix : expected.get(i);
                if (!way.getValue().equals(want)) {
                    disagreements++;
                    System.out.println("disagreement for " + o.name() + " in the " + way.getKey() + ": expected " + want
                            + ", saw " + way.getValue());
                }
            }
            List<String> files = new ArrayList<>();
            for (String reportId : seen) {
                byte[] der = Api.sendBytes(Api.request(portal, "partner/reports/" + reportId + "/cms").GET());
                byte[] opened = new CmsPackager().open(der, o.partnerKey().key(), o.partnerKey().certificate(), humCa());
                files.add(new String(opened, StandardCharsets.UTF_8));
            }
            List<String> reads = new ArrayList<>(List.of(list.body(), feed, taxii));
            reads.addAll(files);
            for (String read : reads) {
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

    private static Api.Reply uploadCertificate(PartnerSteps.Org org, X509Certificate cert) throws Exception {
        return PartnerSteps.ReportStepsPut.put(Cast.adminToken(), "admin/partners/" + org.id() + "/certificate",
                Json.createObjectBuilder().add("pem", Pem.certificate(cert)).build().toString());
    }

    /** A self-issued RSA 2048 end certificate with these dates, key usage and extended key usage. */
    private static X509Certificate certificate(Instant notBefore, Instant notAfter, int keyUsage, KeyPurposeId purpose)
            throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        X500Name name = new X500Name("O=Partner under test,CN=Partner exchange");
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(System.nanoTime()),
                Date.from(notBefore), Date.from(notAfter), name, keys.getPublic());
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    }

    record Released(String reportId, String versionId, String stixId, String sourceId, String codeName, String itemId,
                    String descriptionId) {
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
        return new Released(reportId, versionId, StixIds.report(reportId), kestrel.id(), kestrel.codeName(), item.id(),
                description);
    }

    /** The test stand's development CA, which issues HUM's signing certificate. */
    private static X509Certificate humCa() throws Exception {
        Path ca = Path.of(System.getProperty("hum.it.home", "target/it-home")).toAbsolutePath().resolve("app/keys/hum-ca.crt");
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(ca)));
    }

    static JsonObject parse(String s) {
        return Json.createReader(new StringReader(s)).readObject();
    }
}
