package org.hum.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a newcomer finds in the demo that {@code ./run} loads (README, "What ./run does"): the
 * caseload's files, among them one whose authorisation has lapsed (ROOK) and one whose validation
 * is overdue (STARLING), both given a past by the demo load (docs/operations.md, "The rule
 * clock"). Reads reviewer1's register and dashboard; the due list is rebuilt every minute, so the
 * dashboard is read again for up to 90 seconds. Run by CI's two-instance stage before anything
 * else touches the installation.
 *
 * <pre>java -cp hum-bench/target/benchmarks.jar org.hum.bench.DemoCheck HOME</pre>
 */
public final class DemoCheck {
    private static final Set<String> READY = Set.of("KESTREL", "ALBATROSS", "BITTERN", "CONDOR", "DUNLIN", "EGRET",
            "FALCON", "GANNET", "HARRIER", "IBIS", "JACANA", "KITE", "LAPWING", "MERLIN", "NIGHTJAR", "OSPREY", "PLOVER");

    private DemoCheck() {
    }

    public static void main(String[] args) throws Exception {
        String password = Files.readString(Path.of(args[0]).resolve("secrets/demo.password")).strip();
        OperationsLoad api = new OperationsLoad("http://localhost:8080/hum/api/");
        Checks checks = new Checks();
        String reviewer = api.login("reviewer1", password);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        Map<String, JsonObject> rows = new HashMap<>();
        for (JsonValue v : read(api.send(reviewer, "GET", "oversight/register?size=100", null).body())
                .getJsonArray("items")) {
            JsonObject row = v.asJsonObject();
            rows.put(row.getString("codeName"), row);
        }
        System.out.println("The demo: " + rows.size() + " files in reviewer1's register");
        checks.check(rows.keySet().containsAll(READY), "the 17 files ready for contact are in the register");
        checks.check(READY.stream().allMatch(c -> rows.containsKey(c) && !day(rows.get(c), "authorisationEndsAt").isBefore(today)
                && !day(rows.get(c), "nextValidationDue").isBefore(today)),
                "each of them has an authorisation in force and a validation not yet due");
        checks.check(rows.containsKey("WREN") && rows.containsKey("MAGPIE")
                        && "DEACTIVATED".equals(rows.get("MAGPIE").getString("status", "")),
                "the juvenile's file (WREN) and the deactivated one (MAGPIE) are there");
        JsonObject rook = rows.get("ROOK");
        checks.check(rook != null && day(rook, "authorisationEndsAt").isBefore(today)
                        && !day(rook, "nextValidationDue").isBefore(today),
                "ROOK's authorisation has lapsed (ended " + (rook == null ? "-" : rook.getString("authorisationEndsAt", "-"))
                        + "), its validation is not due");
        JsonObject starling = rows.get("STARLING");
        checks.check(starling != null && day(starling, "nextValidationDue").isBefore(today)
                        && !day(starling, "authorisationEndsAt").isBefore(today),
                "STARLING's validation is overdue (due " + (starling == null ? "-" : starling.getString("nextValidationDue", "-"))
                        + "), its authorisation in force");

        Set<String> overdue = new HashSet<>();
        long until = System.nanoTime() + 90_000_000_000L;
        while (System.nanoTime() < until) {
            overdue.clear();
            for (JsonValue v : read(api.send(reviewer, "GET", "dashboard", null).body()).getJsonArray("overdue")) {
                JsonObject line = v.asJsonObject();
                overdue.add(line.getString("kind") + " " + line.getString("summary").split(":")[0]);
            }
            if (overdue.contains("VALIDATION_DUE STARLING") && overdue.contains("INSTRUCTIONS_DUE ROOK")) {
                break;
            }
            Thread.sleep(5000);
        }
        checks.check(overdue.contains("VALIDATION_DUE STARLING"), "reviewer1's dashboard lists STARLING's validation as overdue");
        checks.check(overdue.contains("INSTRUCTIONS_DUE ROOK"), "reviewer1's dashboard lists ROOK's lapsed instructions as overdue");
        checks.end("DemoCheck");
    }

    private static JsonObject read(String body) {
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            return r.readObject();
        }
    }

    /** The day of a register column (an instant or a day); far in the past when the file has none. */
    private static LocalDate day(JsonObject row, String column) {
        if (!row.containsKey(column) || row.isNull(column)) {
            return LocalDate.MIN;
        }
        String v = row.getString(column);
        return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
    }
}
