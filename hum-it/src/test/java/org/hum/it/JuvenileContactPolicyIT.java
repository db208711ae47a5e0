package org.hum.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.RuleViolation;
import org.hum.api.rules.GuardedAction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hard stop (docs/domain.md, "Rule profiles") "a juvenile under 16 may not have a contact recorded without an
 * appropriate adult". No contact feature exists yet (a later issue), so this asks the one
 * policy that feature will call, inside the server, about real source files registered over
 * REST: one aged 15 (refused without an adult, 422 juvenile.appropriate-adult; allowed with
 * one) and one who turns 16 today by the rule clock (allowed without).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JuvenileContactPolicyIT {
    private static final String FIFTEEN = "LC-JUVENILE-15";
    private static final String SIXTEEN = "LC-JUVENILE-16";

    @Deployment
    static EnterpriseArchive deployment() {
        // the probe goes into the EJB module, whose persistence unit the policy's facts read
        EnterpriseArchive ear = Deployments.earWith(JuvenileContactPolicyIT.class);
        JavaArchive ejb = ear.getAsType(JavaArchive.class, "hum-ejb.jar");
        ejb.addClass(PolicyProbe.class);
        ear.delete("hum-ejb.jar");
        return ear.addAsModule(ejb);
    }

    @EJB
    PolicyProbe policy;

    @Resource(lookup = "jdbc/hum")
    DataSource db;

    @Test
    @Order(1)
    @RunAsClient
    void registerTheJuvenilesOverRest() {
        // this class's own compartment and officer (it runs in the container, where no Cast is)
        String tag = java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        String compartment = "JUVENILE-" + tag;
        String officer = "juvenile-officer-" + tag.toLowerCase(java.util.Locale.ROOT);
        assertEquals(201, AdminApi.createCompartment(Cast.adminToken(), compartment, "Juvenile files").status());
        assertEquals(201, AdminApi.createUser(Cast.adminToken(), officer, "SECRET", java.util.List.of("CASE_OFFICER"),
                java.util.List.of(compartment), Cast.password()).status());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (String[] s : new String[][] {{FIFTEEN, today.minusYears(16).plusDays(1).toString()},
                {SIXTEEN, today.minusYears(16).toString()}}) {
            Api.Reply r = Api.post(Api.token(officer), "sources",
                    Api.registration(s[0], compartment, "Juvenile " + s[0], s[1], "+1 520 555 0160"));
            assertEquals(201, r.status(), r.body());
        }
    }

    @Test
    @Order(2)
    void aContactWithAFifteenYearOldNeedsAnAppropriateAdult() throws SQLException {
        String id = sourceId(FIFTEEN);
        String label = label(id);
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> policy.require(GuardedAction.RECORD_CONTACT, id, false, label));
        assertEquals("juvenile.appropriate-adult", refused.rule());
        assertEquals(ErrorCode.UNPROCESSABLE, refused.code());
        assertEquals(422, refused.code().status());
        assertTrue(refused.remedy().contains("appropriate adult"), refused.remedy());
        // with an appropriate adult present, nothing stands in the way
        policy.require(GuardedAction.RECORD_CONTACT, id, true, label);
        assertTrue(policy.refusals(GuardedAction.RECORD_CONTACT, id, true).isEmpty());
    }

    @Test
    @Order(3)
    void onTheSixteenthBirthdayNoAdultIsNeeded() throws SQLException {
        String id = sourceId(SIXTEEN);
        assertTrue(policy.refusals(GuardedAction.RECORD_CONTACT, id, false).isEmpty(),
                "sixteen today by the rule clock");
    }

    /** The file's label as the policy reads it: its compartment is the one the client side made. */
    private String label(String id) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement p = c.prepareStatement("SELECT compartment_code FROM source WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                assertTrue(rs.next(), "registered over REST: " + id);
                return "SENSITIVE/" + rs.getString(1);
            }
        }
    }

    private String sourceId(String codeName) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement p = c.prepareStatement("SELECT id FROM source WHERE code_name = ?")) {
            p.setString(1, codeName);
            try (ResultSet rs = p.executeQuery()) {
                assertTrue(rs.next(), "registered over REST: " + codeName);
                return rs.getString(1);
            }
        }
    }
}
