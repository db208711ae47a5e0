package org.hum.dev;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The production migration command's arguments: each mistake is named, nothing runs. */
class MigrationsTest {
    private static final String[] GOOD = {"--url", "jdbc:mariadb://db:3306/hum", "--owner", "hum_owner",
            "--app-account", "'hum_app'@'10.0.0.%'", "--keys-schema", "hum_keys", "--keys-account", "'hum_keys'@'%'"};

    private static String refusal(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> Migrations.options(args)).getMessage();
    }

    @Test
    void theDocumentedArgumentsAreRead() {
        var o = Migrations.options(GOOD);
        assertEquals("jdbc:mariadb://db:3306/hum", o.get("--url"));
        assertEquals("'hum_app'@'10.0.0.%'", o.get("--app-account"));
    }

    @Test
    void eachMistakeIsNamed() {
        assertEquals("missing --owner", refusal("--url", "jdbc:mariadb://db/hum"));
        assertEquals("unknown option: --password", refusal("--password", "secret"));
        assertEquals("--url needs a value", refusal("--url"));
        String[] notMaria = GOOD.clone();
        notMaria[1] = "jdbc:mysql://db/hum";
        assertTrue(refusal(notMaria).startsWith("--url must be"));
        String[] injected = GOOD.clone();
        injected[5] = "'hum_app'@'%'; DROP USER root";
        assertEquals("--app-account must name an account as 'user'@'host'", refusal(injected));
        String[] schema = GOOD.clone();
        schema[7] = "hum_keys; --";
        assertEquals("--keys-schema must be a plain schema name", refusal(schema));
    }
}
