package org.hum.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.officer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A ciphertext copied into another source's row (as someone with write access to the
 * database might) must not decrypt there: the API answers with a clear integrity error and
 * never with the other source's data.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class CiphertextIntegrityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void ciphertextCopiedToAnotherRowFailsItsCheckAndShowsNothing() throws SQLException {
        String token = Api.token(officer1());
        String donor = Api.post(token, "sources", Api.registration("DONOR", copper(), "Ignatius Donorvale",
                "1950-05-05", "+1 555 010 0001")).json().getString("id");
        String victim = Api.post(token, "sources", Api.registration("VICTIM", copper(), "Philippa Victimsby",
                "1960-06-06", "+1 555 010 0002")).json().getString("id");

        for (String column : new String[] {"true_name", "phone_number"}) {
            copy(column, donor, victim);
        }

        Api.Reply r = Api.get(token, "sources/" + victim);
        SourceRegistrationIT.assertProblem(r, 409, "tampered row");
        assertEquals("/hum/problems/integrity-failure", r.json().getString("type"));
        assertTrue(r.json().getString("detail").contains("integrity"));
        for (String secret : new String[] {"Ignatius", "Donorvale", "Philippa", "Victimsby", "010 0001", "010 0002"}) {
            assertFalse(r.body().contains(secret), "the answer reveals " + secret);
        }
        assertEquals("Ignatius Donorvale",
                Api.get(token, "sources/" + donor).json().getJsonObject("identity").getString("trueName"),
                "the donor row is untouched and still reads");
        assertTrue(Api.get(token, "sources?size=100").body().contains(victim), "the list, which decrypts nothing, still works");
    }

    private static void copy(String column, String from, String to) throws SQLException {
        try (Connection c = Stand.current().rootConnection();
             PreparedStatement s = c.prepareStatement("UPDATE source t JOIN source f ON f.id = ? SET t." + column
                     + " = f." + column + " WHERE t.id = ?")) {
            s.setString(1, from);
            s.setString(2, to);
            assertEquals(1, s.executeUpdate());
        }
    }
}
