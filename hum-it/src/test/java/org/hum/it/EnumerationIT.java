package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.CRC32;

import static org.hum.it.Cast.admin1;
import static org.hum.it.Cast.authoriser2;
import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.mesa;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.officer2;
import static org.hum.it.Cast.reviewer1;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No answer tells a caller that something they may not see exists (docs/domain.md, "The source
 * file", "Tasking", "Payments and benefits"; docs/architecture.md, "Audit trail"): a code name of
 * a hidden file answers as a free one; references carry no count; a reviewer's own refusals read
 * the same in the trail for a hidden id and a missing one; a receipt without the true-identity
 * grant looks missing, and its metadata is gone.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class EnumerationIT {
    private static final String UNIT = "NOGALES-RO";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    // ---- receipts ----

    @Test
    void aReceiptWithoutTheTrueIdentityGrantLooksMissingAndItsMetadataIsGone() throws Exception {
        String source = LifecycleIT.ready("ENUM-RCPT").sourceId();
        String payment = PaymentSteps.approved(source, "40.00");
        LocalDate today = LifecycleIT.today();
        byte[] tagged = withTextChunk(PaymentSteps.PNG, "Author", "Scanned on a Canon at 31.3338N 110.9387W");
        Api.Reply paid = PaymentSteps.pay(officer1(), payment, PaymentSteps.record(today, controller1(), authoriser2(), tagged,
                "40.00", today));
        assertEquals(200, paid.status(), paid.body());

        // the handler holds the grant: the scan comes back without what the scanner wrote
        HttpResponse<byte[]> withGrant = receipt(officer1(), payment);
        assertEquals(200, withGrant.statusCode());
        assertArrayEquals(PaymentSteps.PNG, withGrant.body(), "the tEXt chunk is gone, the image is as it was");
        assertFalse(new String(withGrant.body(), StandardCharsets.ISO_8859_1).contains("Canon"));

        assertTrue(Api.get(Api.token(officer1()), "payments/" + payment).json().getJsonObject("may").getBoolean("readReceipt"));

        // a reviewer sees the payment but holds no grant: the receipt answers as one of a payment that does not exist
        Api.Reply seen = Api.get(Api.token(reviewer1()), "payments/" + payment);
        assertEquals(200, seen.status(), seen.body());
        assertFalse(seen.json().getJsonObject("may").getBoolean("readReceipt"), "no download offered");
        HttpResponse<byte[]> withoutGrant = receipt(reviewer1(), payment);
        HttpResponse<byte[]> missing = receipt(reviewer1(), UUID.randomUUID().toString());
        assertEquals(404, withoutGrant.statusCode());
        assertEquals(404, missing.statusCode());
        assertEquals(detail(missing), detail(withoutGrant), "the same answer as for an unknown payment");
    }

    // ---- code names ----

    @Test
    void aCodeNameOfAFileTheRegistrarMayNotSeeAnswersAsAFreeOne() {
        String officer1 = Api.token(officer1());
        String officer2 = Api.token(officer2());
        String inCopper = "NOG-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String inSecretMesa = "NOG-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String free = "NOG-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        assertEquals(201, register(officer1, copper(), null, inCopper).status());
        assertEquals(201, register(officer1, mesa(), "SECRET", inSecretMesa).status());

        // officer2 (MESA, SENSITIVE) sees neither file: the names they hold answer as a name nobody uses
        Api.Reply hiddenByCompartment = register(officer2, mesa(), null, inCopper);
        Api.Reply hiddenByLevel = register(officer2, mesa(), null, inSecretMesa);
        Api.Reply unused = register(officer2, mesa(), null, free);
        assertEquals(201, unused.status(), unused.body());
        assertEquals(201, hiddenByCompartment.status(), hiddenByCompartment.body());
        assertEquals(201, hiddenByLevel.status(), hiddenByLevel.body());

        // a clash with a file of the same label, which the registrar may see, is still refused, naming it
        Api.Reply visible = register(officer2, mesa(), null, free);
        assertEquals(409, visible.status(), visible.body());
        assertTrue(visible.body().contains(free), visible.body());
        String visibleId = unused.json().getString("id");
        assertEquals(200, Api.get(officer2, "sources/" + visibleId).status(), "the clash names a file the registrar sees");
    }

    // ---- references ----

    @Test
    void requirementReferencesCarryNoCountOfTheWorkOfOtherCompartments() {
        // a MESA requirement, then COPPER work officer2 may not see, then another MESA one
        String first = reference(RequirementIT.create(mesa(), "HIGH"));
        List<String> hidden = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            hidden.add(reference(RequirementIT.create(copper(), "LOW")));
        }
        String second = reference(RequirementIT.create(mesa(), "HIGH"));
        String year = String.valueOf(LocalDate.now(ZoneOffset.UTC).getYear());
        for (String r : List.of(first, second)) {
            assertTrue(r.matches("R-" + year + "-[0-9A-HJKMNP-TV-Z]{6}"), "drawn, not counted: " + r);
        }
        assertNotEquals(first, second);
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(hidden);
        all.add(second);
        assertNotEquals(all.stream().sorted().toList(), all, "references do not follow the order of creation");
        // what officer2 reads is exactly these two references: nothing in them counts the six between
        for (JsonObject listed : RequirementIT.listed(officer2(), "")) {
            assertFalse(hidden.contains(listed.getString("reference")), listed.toString());
        }
    }

    // ---- the audit trail ----

    @Test
    void aReviewersOwnRefusalsReadTheSameInTheTrailForAHiddenFileAndAMissingId() throws SQLException {
        String hiddenFile = register(Api.token(officer1()), mesa(), "SECRET", null).json().getString("id");
        String missing = UUID.randomUUID().toString();
        String name = "rev-enum-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Reviewer-Enum-" + UUID.randomUUID();
        Api.Reply created = AdminApi.createUser(Api.token(admin1()), name, "SECRET", List.of("COMPLIANCE_REVIEWER"),
                List.of(copper()), password);
        assertEquals(201, created.status(), created.body());
        String reviewer = Api.token(name, password);

        assertEquals(404, Api.get(reviewer, "sources/" + hiddenFile).status());
        assertEquals(404, Api.get(reviewer, "sources/" + missing).status());
        JsonObject refusals = Api.get(reviewer, "audit?actor=" + name + "&action=access_refused&size=100").json();
        JsonObject ofHidden = entry(refusals, hiddenFile);
        JsonObject ofMissing = entry(refusals, missing);
        assertTrue(ofHidden != null, "the refusal of the hidden file is in the reviewer's view: " + refusals);
        assertTrue(ofMissing != null, "the refusal of the missing id is too: " + refusals);
        assertEquals(withoutIdAndMoment(ofMissing), withoutIdAndMoment(ofHidden));

        // searching the trail by either id: the reviewer's own AUDIT_READ entries read alike too
        assertEquals(Api.get(reviewer, "audit?sourceId=" + missing).json().getJsonNumber("total").longValue(),
                Api.get(reviewer, "audit?sourceId=" + hiddenFile).json().getJsonNumber("total").longValue());
        JsonObject reads = Api.get(reviewer, "audit?actor=" + name + "&action=audit_read&size=100").json();
        JsonObject readOfHidden = entry(reads, hiddenFile);
        JsonObject readOfMissing = entry(reads, missing);
        assertTrue(readOfHidden != null && readOfMissing != null, reads.toString());
        assertEquals(withoutIdAndMoment(readOfMissing), withoutIdAndMoment(readOfHidden));

        // oversight keeps the id: a reviewer who may see the file finds the refused attempt on it
        JsonObject bySource = Api.get(Api.token(reviewer1()), "audit?sourceId=" + hiddenFile + "&size=100").json();
        assertTrue(bySource.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getString("actor").equals(name) && e.getString("action").equals("ACCESS_REFUSED")), bySource.toString());
    }

    // ---- helpers ----

    private static Api.Reply register(String token, String compartment, String classification, String unitCodeName) {
        String code = "ENUM-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var b = Json.createObjectBuilder(Json.createReader(new StringReader(Api.registration(code, compartment,
                "Enumeration Subject " + code, "1985-04-02",
                "+1 520 555 " + (1000 + (int) (Math.random() * 9000))))).readObject());
        if (classification != null) {
            b.add("classification", classification);
        }
        if (unitCodeName != null) {
            b.add("particulars", Json.createObjectBuilder().add("codeNames", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("unit", UNIT).add("codeName", unitCodeName))));
        }
        return Api.post(token, "sources", b.build().toString());
    }

    private static String reference(String requirementId) {
        Api.Reply r = Api.get(Api.token(controller1()), "requirements/" + requirementId);
        assertEquals(200, r.status(), r.body());
        return r.json().getString("reference");
    }

    private static JsonObject entry(JsonObject page, String objectId) {
        return page.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.containsKey("objectId") && !e.isNull("objectId") && e.getString("objectId").equals(objectId))
                .findFirst().orElse(null);
    }

    /** An entry as a reader sees it, but for what differs by nature between two requests: the id asked, seq, time, correlation. */
    private static JsonObject withoutIdAndMoment(JsonObject e) {
        var b = Json.createObjectBuilder(e);
        for (String k : List.of("objectId", "seq", "occurredAt", "correlationId")) {
            b.remove(k);
        }
        return b.build();
    }

    private static HttpResponse<byte[]> receipt(String user, String paymentId) throws Exception {
        return HttpClient.newHttpClient().send(Api.request(Api.token(user), "payments/" + paymentId + "/receipt").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String detail(HttpResponse<byte[]> r) {
        return Json.createReader(new StringReader(new String(r.body(), StandardCharsets.UTF_8))).readObject()
                .getString("detail");
    }

    /** The PNG with a tEXt chunk after its IHDR, as a scanner writes one. */
    private static byte[] withTextChunk(byte[] png, String keyword, String text) {
        byte[] data = (keyword + "\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        chunk.write(data.length >>> 24);
        chunk.write(data.length >>> 16);
        chunk.write(data.length >>> 8);
        chunk.write(data.length);
        byte[] typed = new byte[4 + data.length];
        System.arraycopy("tEXt".getBytes(StandardCharsets.ISO_8859_1), 0, typed, 0, 4);
        System.arraycopy(data, 0, typed, 4, data.length);
        chunk.writeBytes(typed);
        CRC32 crc = new CRC32();
        crc.update(typed);
        long v = crc.getValue();
        chunk.write((int) (v >>> 24));
        chunk.write((int) (v >>> 16));
        chunk.write((int) (v >>> 8));
        chunk.write((int) v);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int afterIhdr = 8 + 25;
        out.write(png, 0, afterIhdr);
        out.writeBytes(chunk.toByteArray());
        out.write(png, afterIhdr, png.length - afterIhdr);
        return out.toByteArray();
    }
}
