package org.hum.dev;

import java.io.IOException;
import java.io.PrintStream;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The rest of the demo's caseload, made once on a new installation through the REST API as the
 * demo users would: sixteen more files ready for contact by officer1 (registered, validated and
 * concluded by controller1, authorised by authoriser1, instructed before controller1), so that a
 * newcomer sees a believable register and the load suite (docs/performance.md, "The load suite")
 * has files to spread over; beside them a juvenile's file, registered only (a juvenile needs an
 * enhanced authorisation), a file deactivated the day it was registered, and two files given a
 * past by {@link DemoHistory} (ROOK, whose authorisation has lapsed; STARLING, whose validation is
 * overdue). Skipped when ALBATROSS exists (a later start). The identities are invented.
 */
final class DemoCaseload {
    static final List<String> READY = List.of("ALBATROSS", "BITTERN", "CONDOR", "DUNLIN", "EGRET", "FALCON", "GANNET",
            "HARRIER", "IBIS", "JACANA", "KITE", "LAPWING", "MERLIN", "NIGHTJAR", "OSPREY", "PLOVER");
    private static final List<String> GIVEN = List.of("Ana", "Bruno", "Carla", "Diego", "Elena", "Fausto", "Gloria", "Hugo");
    private static final List<String> FAMILY = List.of("Arce", "Beltran", "Cordero", "Duarte", "Espino", "Fuentes", "Galindo",
            "Herrera");

    private final DemoApi api;
    private final DatabaseProvisioner.Database db;
    private final PrintStream out;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    private DemoCaseload(DemoApi api, DatabaseProvisioner.Database db, PrintStream out) {
        this.api = api;
        this.db = db;
        this.out = out;
    }

    static void loadOnce(DemoApi api, DatabaseProvisioner.Database db, PrintStream out) {
        try {
            new DemoCaseload(api, db, out).load();
        } catch (DemoApi.Refused e) {
            out.println("Demo caseload: stopped at " + e.getMessage() + ".");
        } catch (IOException | SQLException e) {
            out.println("Demo caseload: not loaded (" + e.getMessage() + ").");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void load() throws IOException, InterruptedException, SQLException {
        if (api.call("officer1", "GET", "sources?size=100", null, 200, "the source register").contains("\"ALBATROSS\"")) {
            return;
        }
        for (int i = 0; i < READY.size(); i++) {
            ready(register(READY.get(i), i % 3 == 2 ? "MESA" : "COPPER",
                    GIVEN.get(i % GIVEN.size()) + " " + FAMILY.get((i * 3) % FAMILY.size()) + " " + FAMILY.get((i * 5 + 1) % FAMILY.size()),
                    today.minusYears(24 + i).minusDays(11L * i), i));
        }
        register("WREN", "COPPER", "Pablo Nieves Ortega", today.minusYears(16).minusDays(40), 20);
        String magpie = register("MAGPIE", "COPPER", "Rosa Quintero Salas", today.minusYears(52), 21);
        api.call("officer1", "POST", "sources/" + magpie + "/deactivation", """
                {"reason":"Moved away from the border; no longer has access","forCause":false,"sourceTold":true}""",
                200, "MAGPIE's deactivation");
        // made ready a year and more ago: ROOK's authorisation and instructions have run out since (its
        // validation was done again this month); STARLING's validation fell due a month ago, under an
        // authorisation and instructions given this month
        String rook = register("ROOK", "COPPER", "Tomas Robles Vega", today.minusYears(39).minusDays(75), 22);
        ready(rook);
        DemoHistory.moveBack(db, rook, 365 + 20);
        validate(rook);
        String starling = register("STARLING", "MESA", "Ines Salgado Roldan", today.minusYears(44).minusDays(130), 23);
        ready(starling);
        DemoHistory.moveBack(db, starling, 365 + 30);
        authorise(starling);
        out.println("Demo caseload: " + READY.size() + " more files ready for contact by officer1 (" + READY.get(0) + " to "
                + READY.get(READY.size() - 1) + "), a juvenile's file registered only (WREN), a deactivated one (MAGPIE), "
                + "one whose authorisation lapsed 20 days ago (ROOK) and one whose validation is a month overdue (STARLING).");
    }

    private String register(String codeName, String compartment, String trueName, LocalDate born, int n)
            throws IOException, InterruptedException {
        return DemoApi.id(api.call("officer1", "POST", "sources", """
                {"codeName":"%s","compartment":"%s","classification":"SENSITIVE","trueName":"%s","dateOfBirth":"%s",
                 "phoneNumber":"+52 631 555 %04d","particulars":{"recruitedOn":"%s",
                 "existenceVerification":"Met in person; identity document checked against the issuing registry",
                 "securityWelfare":"Meets only at agency premises","accessKind":"DIRECT",
                 "access":"Loading docks and yards near the crossing"}}"""
                .formatted(codeName, compartment, trueName, born, 2000 + n, today.minusMonths(2)), 201,
                "the registration of " + codeName));
    }

    private void ready(String id) throws IOException, InterruptedException {
        validate(id);
        authorise(id);
    }

    private void validate(String id) throws IOException, InterruptedException {
        String findings = DemoApi.id(api.call("officer1", "POST", "sources/" + id + "/validations", """
                {"criminalHistory":"NO_RECORD","subjectStatus":"NONE","motivations":["MONEY"],"access":"DIRECT",
                 "accessDetails":"Works the loading docks near the crossing",
                 "proofOfExistence":"Met in person; identity document checked against the issuing registry"}""", 201,
                "validation findings"));
        api.call("controller1", "POST", "sources/" + id + "/validations/" + findings + "/conclusion",
                "{\"suitable\":true,\"reasons\":\"Access confirmed by surveillance of the docks\"}", 201, "a validation's conclusion");
    }

    private void authorise(String id) throws IOException, InterruptedException {
        String authorisation = DemoApi.id(api.call("officer1", "POST", "sources/" + id + "/authorisations", """
                {"kind":"STANDARD","necessity":"Only insider reporting shows who loads the precursor shipments.",
                 "proportionality":"Surveillance of the docks showed the loads but not who orders them.",
                 "tasks":"Report loads and carriers at the docks.",
                 "collateralIntrusion":"Co-workers' movements; minimised by reporting on loads only.",
                 "confidentialInformation":"none likely"}""", 201, "an application for an authorisation"));
        api.call("authoriser1", "POST", "authorisations/" + authorisation + "/grant", "{\"risksExplainedAndUnderstood\":true}",
                200, "an authorisation's grant");
        api.call("officer1", "POST", "sources/" + id + "/instructions", "{\"witness\":\"controller1\",\"sourceAcknowledged\":true}",
                201, "instructions");
    }
}
