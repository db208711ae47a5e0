package org.hum.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.officer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a request costs does not grow with the data (docs/performance.md, "Statements per request"):
 * the SQL statements a payment request, the dashboard and the list pages send are counted by the
 * test stand ({@code X-Hum-Statements}) with few payments and contacts on a file, and again with
 * ten times as many; the counts must be the same. Counts, never times.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class FlatCostIT {
    private static final int FEW = 3;
    private static final int MANY = 30;
    private static final long START = System.currentTimeMillis();
    private static final AtomicLong SEQ = new AtomicLong();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void statementsPerRequestDoNotGrowWithPaymentsAndContacts() throws Exception {
        String source = LifecycleIT.ready("FLAT").sourceId();
        grow(source, FEW);
        Map<String, Integer> few = costs(source);
        grow(source, MANY - FEW);
        Map<String, Integer> many = costs(source);
        System.out.println("FlatCostIT: statements per request with " + FEW + " and with " + MANY
                + " payments and contacts on the file: " + few + " / " + many);
        for (String what : few.keySet()) {
            assertTrue(few.get(what) > 0, what + " sends statements, so the count is real");
            assertEquals(few.get(what), many.get(what), what + ": " + few + " then " + many);
        }
    }

    /**
     * The register's first page, the sources list's first and a far page, and the audit trail's
     * first page cost the same statements however many files the installation holds
     * (docs/performance.md, "At scale"): counted, then counted again after {@value #MANY} more files and three
     * more open prospects with a contact each.
     */
    @Test
    void registerListAndAuditPagesDoNotGrowWithTheFiles() throws Exception {
        Cast.source("KESTREL");
        // at least a page of files, then more that sort after them: every page counted holds the same files
        for (int i = 0; i < 20; i++) {
            registerLast();
        }
        Map<String, Integer> before = pages();
        for (int i = 0; i < MANY; i++) {
            registerLast();
        }
        // and open prospects with contacts: a prospect is not a file, so a register page reads none of them
        String officer = Api.token(Cast.officer1());
        for (int i = 0; i < 3; i++) {
            Api.Reply prospect = Api.post(officer, "prospects", "{\"workingName\":\"Flat cost prospect " + i
                    + "\",\"compartment\":\"" + Cast.copper() + "\"}");
            assertEquals(201, prospect.status(), prospect.body());
            Api.Reply contact = Api.post(officer, "prospects/" + prospect.json().getString("id") + "/contacts",
                    "{\"contactOn\":\"" + java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                            + "\",\"method\":\"MEETING\",\"notes\":\"Met at the market\"}");
            assertEquals(201, contact.status(), contact.body());
        }
        Map<String, Integer> after = pages();
        long live;
        try (java.sql.Connection c = Stand.current().rootConnection();
             java.sql.PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM source WHERE compartment_code = ? "
                     + "AND destroyed_at IS NULL")) {
            s.setString(1, Cast.copper());
            try (java.sql.ResultSet rs = s.executeQuery()) {
                rs.next();
                live = rs.getLong(1);
            }
        }
        assertEquals(live, Api.get(Api.token(Cast.reviewer1()), "oversight/register?size=1&compartment=" + Cast.copper())
                .json().getJsonNumber("total").longValue(), "the register's count (the tally) agrees with the files");
        System.out.println("FlatCostIT: statements per page before and after " + MANY + " more files and 3 open prospects: " + before + " / " + after);
        for (String what : before.keySet()) {
            assertTrue(before.get(what) > 0, what + " sends statements, so the count is real");
            assertEquals(before.get(what), after.get(what), what + ": " + before + " then " + after);
        }
    }

    /** A file whose code name sorts after every file registered before it. */
    private static void registerLast() {
        String code = String.format("ZZZ-FLAT-%013d-%04d", START, SEQ.incrementAndGet());
        Api.Reply r = Api.post(Api.token(officer1()), "sources", Api.registration(code, Cast.copper(),
                "Flat Cost " + code, "1990-01-01", "+1 555 010 4040"));
        assertEquals(201, r.status(), r.body());
    }

    private static Map<String, Integer> pages() {
        Map<String, Integer> out = new LinkedHashMap<>();
        String officer = Api.token(officer1());
        String reviewer = Api.token(Cast.reviewer1());
        for (int pass = 0; pass < 2; pass++) {
            out.put("register page", statements(Api.get(reviewer, "oversight/register?size=20"), 200));
            out.put("register page of a compartment", statements(Api.get(reviewer, "oversight/register?size=20&compartment="
                    + Cast.copper()), 200));
            out.put("sources list page", statements(Api.get(officer, "sources?size=20"), 200));
            out.put("sources list, a far page", statements(Api.get(officer, "sources?size=5&page=3"), 200));
            out.put("audit trail page", statements(Api.get(reviewer, "audit?size=20"), 200));
        }
        return out;
    }

    /** {@code n} more contact reports on the file, each with a payment requested on it. */
    private static void grow(String source, int n) throws Exception {
        for (int i = 0; i < n; i++) {
            PaymentSteps.requested(officer1(), source, PaymentSteps.request("5", "EXPENSES",
                    PaymentSteps.contactReport(source, true)));
        }
    }

    private static Map<String, Integer> costs(String source) throws Exception {
        Map<String, Integer> out = new LinkedHashMap<>();
        String officer = Api.token(officer1());
        String controller = Api.token(controller1());
        // one warm-up each, so that a first call's one-off reads (the rule profile, the keys) are not counted
        for (int pass = 0; pass < 2; pass++) {
            out.put("contact report", statements(ContactReportIT.submit(officer1(), source,
                    ContactReportIT.report("Met at the usual place")), 201));
            out.put("payment request", statements(PaymentSteps.post(officer1(), source, PaymentSteps.request("5", "EXPENSES",
                    PaymentSteps.contactReport(source, true))), 201));
            out.put("controller's dashboard", statements(Api.get(controller, "dashboard"), 200));
            out.put("sources list page", statements(Api.get(officer, "sources?size=20"), 200));
            out.put("file's payments", statements(Api.get(officer, "sources/" + source + "/payments"), 200));
            out.put("file's ledger", statements(Api.get(officer, "sources/" + source + "/ledger"), 200));
            out.put("file's contact reports", statements(Api.get(officer, "sources/" + source + "/contact-reports"), 200));
        }
        return out;
    }

    private static int statements(Api.Reply r, int status) {
        assertEquals(status, r.status(), r.body());
        String count = r.header("X-Hum-Statements");
        assertNotNull(count, "the test stand counts statements");
        return Integer.parseInt(count);
    }
}
