package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hum.it.Cast.authoriser2;
import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.officer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The payment steps the payment ITs share, as the people who take them call them. */
final class PaymentSteps {
    /** The tables a refused payment step might write to. */
    static final List<String> TABLES = List.of("payment", "payment_item", "payment_decision", "payment_receipt",
            "payment_ledger");

    /** A tiny but real PNG (1x1). */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    /** A PDF, which is refused as a receipt (docs/domain.md, "Payments and benefits"). */
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

    /**
     * A PNG of exactly {@code size} bytes: a 1x1 header, one IDAT chunk of filler and the end,
     * each chunk with its CRC. The receipt's cleaning copies these chunks as they are and never
     * decodes the pixels, so it reads back byte for byte.
     */
    static byte[] png(int size) {
        return pngWith(new byte[size - 57]);
    }

    /** A PNG whose one IDAT chunk holds {@code data}, kept by the receipt's cleaning. */
    static byte[] pngWith(byte[] data) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(57 + data.length);
        b.put(Arrays.copyOf(PNG, 8));
        chunk(b, "IHDR", new byte[] {0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0});
        chunk(b, "IDAT", data);
        chunk(b, "IEND", new byte[0]);
        return b.array();
    }

    private static void chunk(java.nio.ByteBuffer b, String type, byte[] data) {
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(t);
        crc.update(data);
        b.putInt(data.length).put(t).put(data).putInt((int) crc.getValue());
    }

    private PaymentSteps() {
    }

    /** A submitted contact report of the source, inserted as the contact feature would (its own IT covers that feature). */
    /**
     * A contact report the payment may rest on, submitted over REST by the handler; or, for
     * {@code submitted} false, the client id of a draft (which names no report).
     */
    static String contactReport(String sourceId, boolean submitted) throws SQLException {
        if (!submitted) {
            String clientId = "payment-draft-" + UUID.randomUUID();
            Api.Reply d = ContactReportIT.putDraft(officer1(), clientId, sourceId, ContactReportIT.report("Not sent yet"));
            assertEquals(201, d.status(), d.body());
            return clientId;
        }
        Api.Reply r = ContactReportIT.submit(officer1(), sourceId, ContactReportIT.report("Met to hand over expenses"));
        assertEquals(201, r.status(), r.body());
        return r.json().getString("id");
    }

    static JsonObjectBuilder request(String amount, String kind, String contactReportId) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("amount", new BigDecimal(amount)).add("currency", "USD")
                .add("kind", kind).add("purpose", "Fuel and a meal for the meeting at the Nogales crossing")
                .add("contingentOn", "NONE").add("caseReference", "OCDETF-2026-117");
        if (contactReportId != null) {
            b.add("contactReportId", contactReportId);
        }
        return b;
    }

    static Api.Reply post(String user, String sourceId, JsonObjectBuilder body) {
        return Api.post(Api.token(user), "sources/" + sourceId + "/payments", body.build().toString());
    }

    /** A payment requested by {@code user}: 201 asserted. */
    static JsonObject requested(String user, String sourceId, JsonObjectBuilder body) {
        Api.Reply r = post(user, sourceId, body);
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    static Api.Reply approve(String user, String paymentId) {
        return Api.post(Api.token(user), "payments/" + paymentId + "/approvals", "{}");
    }

    static JsonObjectBuilder record(LocalDate paidOn, String w1, String w2, byte[] receipt, String amount, LocalDate dated) {
        return Json.createObjectBuilder().add("paidOn", paidOn.toString()).add("witness1", w1).add("witness2", w2)
                .add("receipt", Base64.getEncoder().encodeToString(receipt)).add("receiptAmount", new BigDecimal(amount))
                .add("receiptDated", dated.toString());
    }

    static Api.Reply pay(String user, String paymentId, JsonObjectBuilder record) {
        return Api.post(Api.token(user), "payments/" + paymentId + "/payment", record.build().toString());
    }

    static List<String> tiers(JsonObject payment) {
        JsonArray steps = payment.getJsonArray("steps");
        return steps.stream().map(s -> s.asJsonObject().getString("tier")).toList();
    }

    static Map<String, Long> counts() throws SQLException {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String t : TABLES) {
            m.put(t, Rows.count(t));
        }
        return m;
    }

    /** The refusal's status and rule, and that it wrote nothing. */
    static void refused(Map<String, Long> before, Api.Reply r, int status, String rule) throws SQLException {
        assertEquals(status, r.status(), r.body());
        assertEquals(rule, r.json().getString("rule"), r.body());
        assertTrue(r.json().getString("remedy").length() > 5, r.body());
        assertEquals(before, counts(), "a refusal writes nothing");
    }

    /** A refusal without a rule (400, 403, 404): its status, and nothing written. */
    static void refusedPlain(Map<String, Long> before, Api.Reply r, int status) throws SQLException {
        assertEquals(status, r.status(), r.body());
        assertEquals(before, counts(), "a refusal writes nothing");
    }

    static long count(String sql, String... params) throws SQLException {
        try (Connection c = Stand.current().rootConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * The file's running exposure totals (payment_exposure) agree with its payments counted afresh:
     * requested, approved and paid ones, a paid one in the year of its payment day, the others in the
     * year they were requested (UTC). Years that net to zero may stay as rows of 0.00.
     */
    static void assertExposureAgrees(String sourceId) throws SQLException {
        Map<Integer, BigDecimal> kept = new java.util.TreeMap<>();
        Map<Integer, BigDecimal> counted = new java.util.TreeMap<>();
        try (Connection c = Stand.current().rootConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT exposure_year, amount FROM payment_exposure WHERE source_id = ?")) {
                s.setString(1, sourceId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getBigDecimal(2).signum() != 0) {
                            kept.put(rs.getInt(1), rs.getBigDecimal(2));
                        }
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT p.amount, p.requested_at, l.paid_on FROM payment p "
                    + "LEFT JOIN payment_ledger l ON l.payment_id = p.id AND l.entry_kind = 'PAYMENT' "
                    + "WHERE p.source_id = ? AND p.status IN ('REQUESTED', 'APPROVED', 'PAID')")) {
                s.setString(1, sourceId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        int year = rs.getDate(3) != null ? rs.getDate(3).toLocalDate().getYear()
                                : rs.getTimestamp(2).toInstant().atZone(java.time.ZoneOffset.UTC).getYear();
                        counted.merge(year, rs.getBigDecimal(1), BigDecimal::add);
                    }
                }
            }
        }
        assertEquals(counted.toString(), kept.toString(), "the running exposure of the file, by year");
        assertTrue(!counted.isEmpty(), "the file has payments that count");
    }

    /**
     * Every line of a dashboard list, read a hundred at a time ({@code ?section=KEY&from=N}): the
     * object ids in the list's order. Requires the pages to add up to the list's total, with no line twice.
     */
    static List<String> dashboardLines(String user, String section) {
        String token = Api.token(user);
        List<String> lines = new java.util.ArrayList<>();
        int total = -1;
        boolean atLeast = false;
        while (total < 0 || lines.size() < total || atLeast) {
            Api.Reply r = Api.get(token, "dashboard?section=" + section + "&from=" + lines.size());
            if (r.status() == 400 && total < 0) {
                return List.of(); // the caller's dashboard has no such list
            }
            assertEquals(200, r.status(), r.body());
            JsonObject list = r.json().getJsonArray("sections").stream().map(jakarta.json.JsonValue::asJsonObject)
                    .filter(s -> s.getString("key").equals(section)).findFirst().orElseThrow();
            assertEquals(lines.size(), list.getInt("from"), "the page starts where it was asked to");
            total = list.getInt("total");
            atLeast = list.getBoolean("totalAtLeast"); // counting stopped there: read on until a page comes back empty
            var page = list.getJsonArray("entries");
            if (page.isEmpty()) {
                break;
            }
            page.stream().map(jakarta.json.JsonValue::asJsonObject).forEach(e -> lines.add(e.getString("objectId")));
        }
        if (!atLeast) {
            assertEquals(total, lines.size(), "the pages add up to the list's total");
        }
        assertEquals(lines.size(), new java.util.HashSet<>(lines).size(), "no line twice across pages");
        return lines;
    }

    /** A payment of {@code amount} requested by officer1 on a submitted report, approved by controller1: APPROVED. */
    static String approved(String sourceId, String amount) throws SQLException {
        JsonObject p = requested(officer1(), sourceId, request(amount, "EXPENSES", contactReport(sourceId, true)));
        Api.Reply a = approve(controller1(), p.getString("id"));
        assertEquals(200, a.status(), a.body());
        assertEquals("APPROVED", a.json().getString("status"));
        return p.getString("id");
    }

    /** As {@link #approved}, then paid today before controller1 and authoriser2 with a PNG receipt: its ledger entry id. */
    static String paid(String sourceId, String amount, LocalDate today) throws SQLException {
        String id = approved(sourceId, amount);
        Api.Reply r = pay(officer1(), id, record(today, controller1(), authoriser2(), PNG, amount, today));
        assertEquals(200, r.status(), r.body());
        return r.json().getString("ledgerEntryId");
    }
}
