package org.hum.dev;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The demo's compartments, users, sources and prospect, created once on a new installation
 * through the REST API: by the initial administrators ({@value #ADMIN} asks for each account and
 * {@value #ADMIN2} approves it: accounts are two-person actions; the application creates both
 * from {@code hum.admin.initial.*} on its first start), then by the demo users themselves
 * (controller1 asks for an assignment, authoriser1 approves it), so every rule, audit entry and encryption applies as in real use. Skipped when
 * the compartment COPPER already exists (a later start). The identities are invented; the demo
 * password is the generated one in {@code .hum/secrets}.
 */
final class DemoData {
    static final String ADMIN = "admin1";
    static final String ADMIN2 = "admin2";
    static final String USERS = "officer1, officer2, controller1, authoriser1, authoriser2, reviewer1, reports1, admin1, "
            + "admin2";

    private final DemoApi api;
    private final String password;
    private final DemoPartners partners;
    private final PrintStream out;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    private DemoData(DemoApi api, String password, DemoPartners partners, PrintStream out) {
        this.api = api;
        this.password = password;
        this.partners = partners;
        this.out = out;
    }

    /**
     * The demo's partner organisations: partner1's certificate (PEM) and its TAXII account's password.
     */
    record DemoPartners(String partner1CertificatePem, String taxiiPassword) {
        @Override
        public String toString() {
            return "DemoPartners[***]";
        }
    }

    static void loadOnce(DemoApi api, String password, DemoPartners partners, PrintStream out) {
        try {
            new DemoData(api, password, partners, out).load();
        } catch (DemoApi.Refused e) {
            out.println("Demo data: stopped at " + e.getMessage() + ".");
        } catch (IOException e) {
            out.println("Demo data: not loaded (" + e.getMessage() + ").");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void load() throws IOException, InterruptedException {
        if (api.call(ADMIN, "GET", "admin/compartments", null, 200, "reading the compartments")
                .contains("\"COPPER\"")) {
            return; // loaded on an earlier start
        }
        compartment("COPPER", "Operation Copper: fentanyl precursors, Nogales port of entry");
        compartment("MESA", "Operation Mesa: pill presses, San Ysidro port of entry");
        user("officer1", "Dana Officer", "NOGALES-RO", "SECRET", "CASE_OFFICER", "\"COPPER\",\"MESA\"");
        user("officer2", "Eli Officer", "SAN-YSIDRO-RO", "SENSITIVE", "CASE_OFFICER", "\"MESA\"");
        user("controller1", "Casey Controller", "NOGALES-RO", "SECRET", "CONTROLLER", "\"COPPER\",\"MESA\"");
        user("authoriser1", "Sam Authoriser", "NOGALES-RO", "SECRET", "AUTHORISING_OFFICER", "\"COPPER\",\"MESA\"");
        user("authoriser2", "Kim Authoriser", "SAN-YSIDRO-RO", "SENSITIVE", "AUTHORISING_OFFICER", "\"COPPER\",\"MESA\"");
        user("reviewer1", "Robin Reviewer", "COMPLIANCE", "SECRET", "COMPLIANCE_REVIEWER", "\"COPPER\",\"MESA\"");
        user("reports1", "Alex Reports", "NOGALES-RO", "SECRET", "REPORTS_OFFICER", "\"COPPER\",\"MESA\"");

        partners();

        source("officer1", "KESTREL", "COPPER", "Mateo Alvarez Ruiz", "1984-03-09", "+52 631 555 0142", """
                "recruitmentCircumstances":"Approached the port team after a family member was threatened by a local cell",
                "employer":"Freight forwarding company","occupation":"Dispatcher","dutyToReport":false,
                "nationality":"Mexican","foreignNational":true,
                "immigrationBenefit":"Significant public benefit parole, sponsored by the agency",
                "immigrationBenefitExpires":"%s","motivations":["MONEY","REVENGE"],"accessKind":"DIRECT",
                "access":"Dispatch schedules of precursor shipments through the Nogales crossing",
                "promises":[{"madeBy":"US Attorney, District of Arizona","madeOn":"%s",
                             "description":"Letter to the court about cooperation, if asked"}]"""
                .formatted(today.plusMonths(5), today.minusMonths(7)));
        source("officer1", "HERON", "COPPER", "Lucia Ferrer Gómez", "1991-11-23", "+1 520 555 0199", """
                "recruitmentCircumstances":"Walk-in at the port of entry, referred by a customs supervisor",
                "employer":"Commercial customs brokerage","occupation":"Customs broker's clerk","dutyToReport":true,
                "nationality":"United States","foreignNational":false,"motivations":["CIVIC_DUTY"],
                "accessKind":"INDIRECT","access":"Hearsay on broker filings\"""");
        source("officer2", "SPARROW", "MESA", "Ramon Ibarra Solis", "1977-06-02", "+52 664 555 0117", """
                "recruitmentCircumstances":"Introduced by an existing source in the Tijuana logistics trade",
                "employer":"Pill-press parts wholesaler","occupation":"Warehouse supervisor","dutyToReport":false,
                "nationality":"Mexican","foreignNational":true,"motivations":["MONEY"],"accessKind":"DIRECT",
                "access":"Orders for pill-press dies\"""");

        String prospect = DemoApi.id(api.call("officer1", "POST", "prospects",
                "{\"workingName\":\"Truck driver at the Mariposa lot\",\"compartment\":\"COPPER\"}", 201, "the prospect"));
        prospectContact(prospect, today.minusDays(20), "MEETING", "Offered to talk about loads waiting at the lot");
        prospectContact(prospect, today.minusDays(6), "CALL", "Called back; wants to meet again");
        out.println("Demo data: users " + USERS + "; compartments COPPER and MESA; three sources (KESTREL, HERON, "
                + "SPARROW) and a prospect; partner organisations Pima County Sheriff's Office (partner1, partner1-taxii) "
                + "and Tohono O'odham Nation Police Department.");
    }

    /** Two partner organisations; partner1 and its TAXII machine account belong to the sheriff's office. */
    private void partners() throws IOException, InterruptedException {
        String sheriff = DemoApi.id(api.call(ADMIN, "POST", "admin/partners", """
                {"name":"Pima County Sheriff's Office","kind":"LOCAL","jurisdiction":"Pima County, Arizona",
                 "ports":["NOGALES_DECONCINI","NOGALES_MARIPOSA","LUKEVILLE","SASABE"],"contact":"Criminal intelligence unit duty desk"}""", 201,
                "the partner organisation Pima County Sheriff's Office"));
        api.call(ADMIN, "POST", "admin/partners", """
                {"name":"Tohono O'odham Nation Police Department","kind":"TRIBAL","jurisdiction":"Tohono O'odham Nation",
                 "ports":["SASABE","LUKEVILLE"],"contact":"Investigations division"}""", 201,
                "the partner organisation Tohono O'odham Nation Police Department");
        api.call(ADMIN, "PUT", "admin/partners/" + sheriff + "/certificate",
                "{\"pem\":\"" + partners.partner1CertificatePem().replace("\n", "\\n") + "\"}", 200,
                "partner1's encryption certificate");
        api.call(ADMIN, "POST", "admin/partners/" + sheriff + "/accounts", """
                {"username":"partner1","displayName":"Jordan Partner","machine":false,"password":"%s"}""".formatted(password),
                201, "the partner account partner1");
        api.call(ADMIN, "POST", "admin/partners/" + sheriff + "/accounts", """
                {"username":"partner1-taxii","displayName":"Sheriff's Office threat-intelligence platform","machine":true,
                 "password":"%s"}""".formatted(partners.taxiiPassword()), 201, "the TAXII account partner1-taxii");
    }

    private void compartment(String code, String name) throws IOException, InterruptedException {
        api.call(ADMIN, "POST", "admin/compartments", "{\"code\":\"%s\",\"name\":\"%s\"}".formatted(code, name), 201,
                "the compartment " + code);
    }

    private void user(String username, String name, String unit, String clearance, String role, String compartments)
            throws IOException, InterruptedException {
        String request = DemoApi.id(api.call(ADMIN, "POST", "admin/users", """
                {"username":"%s","displayName":"%s","unit":"%s","clearance":"%s","roles":["%s"],
                 "compartments":[%s],"password":"%s"}""".formatted(username, name, unit, clearance, role, compartments,
                password), 202, "the request for the user " + username));
        api.call(ADMIN2, "POST", "admin/requests/" + request + "/approval", null, 200,
                "the approval of the user " + username);
    }

    /**
     * Registers a source as its handler with its particulars, then (as controller1) moves the
     * handler's assignment back to the day of recruitment, eight months ago: the API takes a
     * past start for a new assignment, so today's is ended and the earlier one recorded.
     */
    private void source(String handler, String codeName, String compartment, String trueName, String dateOfBirth,
                        String phone, String particulars) throws IOException, InterruptedException {
        String recruited = today.minusMonths(8).toString();
        String id = DemoApi.id(api.call(handler, "POST", "sources", """
                {"codeName":"%s","compartment":"%s","classification":"SENSITIVE","trueName":"%s","dateOfBirth":"%s",
                 "phoneNumber":"%s","particulars":{"recruitedOn":"%s",
                 "existenceVerification":"Met twice in person; identity document seen and checked against the issuing registry",
                 "securityWelfare":"Meets only at agency premises; no known threats",%s}}"""
                .formatted(codeName, compartment, trueName, dateOfBirth, phone, recruited, particulars), 201,
                "the registration of " + codeName));
        String assignments = api.call("controller1", "GET", "sources/" + id + "/assignments", null, 200,
                codeName + "'s assignments");
        api.call("controller1", "POST", "sources/" + id + "/assignments/" + DemoApi.id(assignments) + "/end", null, 200,
                "ending " + codeName + "'s assignment of today");
        String request = DemoApi.id(api.call("controller1", "POST", "sources/" + id + "/assignments",
                "{\"username\":\"%s\",\"role\":\"HANDLER\",\"startsOn\":\"%s\"}".formatted(handler, recruited), 202,
                codeName + "'s handler since recruitment"));
        api.call("authoriser1", "POST", "sources/requests/" + request + "/approval", null, 200,
                "the approval of " + codeName + "'s handler since recruitment");
    }

    private void prospectContact(String prospect, LocalDate on, String method, String notes)
            throws IOException, InterruptedException {
        api.call("officer1", "POST", "prospects/" + prospect + "/contacts",
                "{\"contactOn\":\"%s\",\"method\":\"%s\",\"notes\":\"%s\"}".formatted(on, method, notes), 201,
                "a contact with the prospect");
    }
}
