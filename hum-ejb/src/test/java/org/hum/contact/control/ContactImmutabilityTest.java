package org.hum.contact.control;

import jakarta.persistence.Column;
import org.hum.contact.entity.ContactAttendee;
import org.hum.contact.entity.ContactItem;
import org.hum.contact.entity.ContactReport;
import org.hum.contact.entity.RiskEntry;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Submitted reports are immutable: the database account may UPDATE only the re-encryption
 * columns of the report tables and DELETE none of them (V019's grants), and the entities write
 * nothing else on update.
 */
class ContactImmutabilityTest {
    private static final Path MIGRATION = Path.of("..", "sql", "V019__contact_report.sql");

    private static String migration() throws IOException {
        return Files.readString(MIGRATION).toLowerCase(Locale.ROOT).replaceAll("--[^\n]*", "").replaceAll("\\s+", " ");
    }

    /** The columns the account may update in a table, from the GRANT UPDATE (...) ON table lines. */
    private static Set<String> updatable(String sql, String table) {
        Set<String> columns = new TreeSet<>();
        Matcher m = Pattern.compile("grant update \\(([^)]*)\\) on " + table + " to").matcher(sql);
        while (m.find()) {
            Arrays.stream(m.group(1).split(",")).map(String::strip).forEach(columns::add);
        }
        return columns;
    }

    @Test
    void theAccountMayUpdateOnlyTheReencryptionColumnsAndDeleteNothing() throws IOException {
        String sql = migration();
        assertEquals(new TreeSet<>(Set.of("dek_version", "place", "narrative", "welfare_text", "security_text",
                "correction_reason", "request_fingerprint")), updatable(sql, "contact_report"));
        assertEquals(new TreeSet<>(Set.of("dek_version", "description")), updatable(sql, "contact_attendee"));
        assertEquals(new TreeSet<>(Set.of("dek_version", "text")), updatable(sql, "contact_item"));
        assertEquals(new TreeSet<>(Set.of("dek_version", "text")), updatable(sql, "source_risk_entry"));
        for (String table : new String[] {"contact_report", "contact_attendee", "contact_item", "source_risk_entry",
                "welfare_alert"}) {
            assertTrue(sql.contains("grant select, insert on " + table + " to"), table);
            assertFalse(Pattern.compile("grant [^;]*(delete|update,|, update|all)[^;(]* on " + table + " to").matcher(sql).find(),
                    "no DELETE nor unrestricted UPDATE on " + table);
        }
        assertEquals(new TreeSet<>(Set.of("acknowledged_by", "acknowledged_at")), updatable(sql, "welfare_alert"));
    }

    @Test
    void theEntitiesWriteOnlyTheReencryptionColumnsOnUpdate() {
        check(ContactReport.class, Set.of("dekVersion", "place", "narrative", "welfareText", "securityText",
                "correctionReason", "requestFingerprint", "seq"));
        check(ContactAttendee.class, Set.of("dekVersion", "description"));
        check(ContactItem.class, Set.of("dekVersion", "text"));
        check(RiskEntry.class, Set.of("dekVersion", "text", "seq"));
    }

    /** Every persistent field outside {@code mayChange} is not updatable (seq is written by the database). */
    private static void check(Class<?> entity, Set<String> mayChange) {
        for (Field f : entity.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || f.getName().equals("id")) {
                continue;
            }
            Column c = f.getAnnotation(Column.class);
            boolean updatable = c == null || c.updatable();
            if (mayChange.contains(f.getName())) {
                continue;
            }
            assertFalse(updatable, entity.getSimpleName() + "." + f.getName() + " must not be updatable");
        }
    }
}
