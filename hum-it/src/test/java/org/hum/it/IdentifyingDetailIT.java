package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.reports1;
import static org.hum.it.ReportSteps.contactItem;
import static org.hum.it.ReportSteps.description;
import static org.hum.it.ReportSteps.draft;
import static org.hum.it.ReportSteps.hoursAgo;
import static org.hum.it.ReportSteps.put;
import static org.hum.it.ReportSteps.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The identifying-detail check (docs/domain.md, "Sanitized reports"): each kind of detail of the
 * files and contacts a report draws on, planted in the releasable text in another case, without
 * its accents, or with its punctuation changed, is refused with its kind and offsets; neither the
 * answer nor the server log ever holds the planted value.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class IdentifyingDetailIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void everyKindOfDetailIsRefusedAndNeverEchoed() throws IOException {
        Cast.Source heron = Cast.source("HERON");
        ReportSteps.Item item = contactItem(heron.id(), "Broker filings are back-dated on Fridays", hoursAgo(3));
        String description = description("INDIRECT");
        String number = Api.get(token(officer1()), "sources/" + heron.id()).json().getString("sourceNumber");
        String term = "Blue Falcon " + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "q");
        Api.Reply watched = Api.post(token(controller1()), "watch-terms",
                Json.createObjectBuilder().add("term", term).build().toString());
        assertEquals(201, watched.status(), watched.body());
        assertFalse(watched.body().contains(term), "the watch list never gives a term back");

        LocalDate day = item.occurredAt().atZone(ZoneOffset.UTC).toLocalDate();
        String digits = heron.phone().replaceAll("[^0-9]", "");
        Map<String, String> plants = new LinkedHashMap<>();
        plants.put(heron.codeName().toLowerCase(Locale.ROOT).replace('-', ' '), "CODE_NAME");
        plants.put(heron.codeName(), "CODE_NAME");
        plants.put(number.toLowerCase(Locale.ROOT).replace("-", " "), "SOURCE_NUMBER");
        plants.put(heron.trueName().toUpperCase(Locale.ROOT), "TRUE_NAME");
        plants.put("Lucia Ferrer Gomez", "TRUE_NAME"); // accents removed
        plants.put("(" + digits.substring(1, 4) + ") " + digits.substring(4, 7) + "." + digits.substring(7), "PHONE");
        plants.put("+" + digits.charAt(0) + "-" + digits.substring(1), "PHONE");
        plants.put("DANA OFFICER", "HANDLER_NAME");
        plants.put(day.toString(), "CONTACT_DATE");
        plants.put(day.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)), "CONTACT_DATE");
        plants.put(day.format(DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ENGLISH)), "CONTACT_DATE");
        plants.put(day.format(DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH)), "CONTACT_DATE");
        plants.put("HARBOUR CAFE ZANZIBAR 4410", "CONTACT_PLACE");
        plants.put(term.toUpperCase(Locale.ROOT).replace(' ', '-'), "WATCH_TERM");

        Api.Reply created = Api.post(token(reports1()), "reports", draft(item.id(), "Nothing identifying yet.", description)
                .build().toString());
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");

        assertEquals(List.of(), missed(id, item.id(), description, plants), "every planted detail is refused and pointed at");

        // a clean text passes
        put(reports1(), "reports/" + id, draft(item.id(), "A reliable source says filings are back-dated.", description).build().toString());
        Api.Reply clean = Api.post(token(reports1()), "reports/" + id + "/submission", "");
        assertEquals(200, clean.status(), clean.body());

        assertLogHoldsNone(plants);
    }

    /**
     * Neither a planted value nor the sentence it was planted in is in the server log, in any case
     * (every log line carries today's date: a planted date is looked for in its sentence only).
     */
    private static void assertLogHoldsNone(Map<String, String> plants) throws IOException {
        String log = NoPlaintextIdentityIT.serverLog();
        assertTrue(log.contains("HUM is ready"), "this is the live server log");
        String lower = log.toLowerCase(Locale.ROOT);
        for (String value : plants.keySet()) {
            assertFalse(lower.contains(sentence(value).toLowerCase(Locale.ROOT)),
                    () -> "the server log holds a text planted with a " + plants.get(value));
            if (!"CONTACT_DATE".equals(plants.get(value))) {
                assertFalse(lower.contains(value.toLowerCase(Locale.ROOT)), () -> "the server log holds a planted " + plants.get(value));
            }
        }
    }

    /** Each plant in turn in the releasable text of the draft: what was not refused and pointed at. */
    private static List<String> missed(String id, String itemId, String description, Map<String, String> plants) {
        return missed(id, itemId, description, plants, "releasableText");
    }

    /** Each plant in turn in the field given of the draft (the rest clean): what was not refused and pointed at there. */
    private static List<String> missed(String id, String itemId, String description, Map<String, String> plants, String field) {
        List<String> missed = new ArrayList<>();
        for (var plant : plants.entrySet()) {
            String text = sentence(plant.getKey());
            var body = field.equals("releasableText") ? draft(itemId, text, description)
                    : draft(itemId, "A reliable source says filings are back-dated.", description).add(field, text);
            Api.Reply edited = put(reports1(), "reports/" + id, body.build().toString());
            assertEquals(200, edited.status(), edited.body());
            Api.Reply refused = Api.post(token(reports1()), "reports/" + id + "/submission", "");
            assertFalse(refused.body().toLowerCase(Locale.ROOT).contains(plant.getKey().toLowerCase(Locale.ROOT)),
                    "the answer never holds the planted value");
            if (refused.status() != 422 || !"report.identifying-detail".equals(refused.json().getString("rule", ""))) {
                missed.add(plant.getValue() + " (" + refused.status() + ")");
                continue;
            }
            int start = text.indexOf(plant.getKey());
            boolean pointed = refused.json().getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                    .anyMatch(f -> f.getString("kind").equals(plant.getValue()) && f.getString("field").equals(field)
                            && f.getInt("start") <= start + 1 && f.getInt("end") >= start + plant.getKey().length() - 1);
            if (!pointed) {
                missed.add(plant.getValue() + " not pointed at: " + refused.json().getJsonArray("findings"));
            }
        }
        return missed;
    }

    @Test
    void otherNamesAndDocumentNumbersAreRefusedWithoutAccentsOrPunctuation() throws IOException {
        String codeName = "PLOVER-" + Cast.suffix();
        JsonObject particulars = Json.createObjectBuilder()
                .add("otherIdentities", Json.createArrayBuilder().add("Tomás Ríoseco Albañil"))
                .add("identityDocuments", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "passport").add("country", "MX").add("number", "G0473-1182")))
                .add("accessKind", "DIRECT").build();
        JsonObject registration = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(Api.registration(
                codeName, Cast.copper(), "Anselmo Quiroga Peña", "1979-04-1" + (Cast.suffix().length() % 9), "+52 662 555 4" + (100 + Cast.suffix().length()))))
                .readObject()).add("particulars", particulars).build();
        Api.Reply registered = Api.post(token(officer1()), "sources", registration.toString());
        assertEquals(201, registered.status(), registered.body());
        String sourceId = registered.json().getString("id");
        ReportSteps.Item item = contactItem(sourceId, "Loads are re-labelled at the yard", hoursAgo(4));
        String description = description("DIRECT");
        Api.Reply created = Api.post(token(reports1()), "reports", draft(item.id(), "Nothing identifying yet.", description)
                .build().toString());
        assertEquals(201, created.status(), created.body());

        Map<String, String> plants = new LinkedHashMap<>();
        plants.put("TOMAS RIOSECO ALBANIL", "OTHER_NAME");
        plants.put("tomás ríoseco albañil", "OTHER_NAME");
        plants.put("g0473 1182", "DOCUMENT_NUMBER");
        plants.put("G04731182", "DOCUMENT_NUMBER");
        assertEquals(List.of(), missed(created.json().getString("id"), item.id(), description, plants),
                "every planted name and number is refused and pointed at");
        plants.put("Tomás Ríoseco Albañil", "OTHER_NAME"); // as registered: never logged either
        plants.put("G0473-1182", "DOCUMENT_NUMBER");
        assertLogHoldsNone(plants);
    }

    @Test
    void detailsInTheTitleSubjectAndAreaAreRefusedWhereTheyAre() throws IOException {
        Cast.Source heron = Cast.source("HERON");
        ReportSteps.Item item = contactItem(heron.id(), "Manifests are re-typed at the broker's", hoursAgo(5));
        String description = description("INDIRECT");
        Api.Reply created = Api.post(token(reports1()), "reports", draft(item.id(), "Nothing identifying yet.", description)
                .build().toString());
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        String digits = heron.phone().replaceAll("[^0-9]", "");
        Map<String, Map<String, String>> byField = new LinkedHashMap<>();
        byField.put("title", Map.of(heron.codeName().toUpperCase(Locale.ROOT), "CODE_NAME"));
        byField.put("subject", Map.of(digits.substring(1, 4) + "/" + digits.substring(4, 7) + "/" + digits.substring(7), "PHONE"));
        byField.put("area", Map.of("harbour cafe zanzibar-4410", "CONTACT_PLACE"));
        Map<String, String> all = new LinkedHashMap<>();
        for (var field : byField.entrySet()) {
            assertEquals(List.of(), missed(id, item.id(), description, field.getValue(), field.getKey()),
                    "a detail in the " + field.getKey() + " is refused and pointed at there");
            all.putAll(field.getValue());
        }
        // the check itself answers where: GET .../check on a draft holding all three at once
        Api.Reply planted = put(reports1(), "reports/" + id, draft(item.id(), "A reliable source says filings are back-dated.",
                description).add("title", sentence(heron.codeName().toUpperCase(Locale.ROOT)))
                .add("area", sentence("harbour cafe zanzibar-4410")).build().toString());
        assertEquals(200, planted.status(), planted.body());
        JsonObject check = Api.get(token(reports1()), "reports/" + id + "/check").json();
        assertFalse(check.getBoolean("clear"));
        List<String> fields = check.getJsonArray("findings").getValuesAs(JsonObject.class).stream().map(f -> f.getString("field"))
                .distinct().toList();
        assertEquals(List.of("title", "area"), fields, "findings by field, in the check's order");
        assertLogHoldsNone(all);
    }

    private static String sentence(String plant) {
        return "The reporting, " + plant + ", concerns the western ports.";
    }
}
