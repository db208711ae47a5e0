package org.hum.dev;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The system properties the application reads through MicroProfile Config, as the
 * development stand sets them on the server. The names are the application's contract:
 * see {@code org.hum.config} in hum-ejb.
 */
public final class AppSettings {
    /** The development stand's {@code hum.auth.second-factor}: the application's default is {@code required}. */
    public static final String SECOND_FACTOR = "optional";

    private AppSettings() {
    }

    public static Map<String, String> of(Path appHome, DevSecrets secrets, DatabaseProvisioner.Database db,
                                         String initialAdmin, String secondAdmin, String initialAdminPassword) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("hum.home", appHome.toAbsolutePath().toString());
        p.put("hum.keys.keystore-password", secrets.get("keystore.password"));
        p.put("hum.keys.generate-development-keys", "true");
        p.put("hum.db.keys-schema", db.keysSchema());
        // the demo users log in with a password only; each may enrol a second factor (docs/operations.md, "Second factor")
        p.put("hum.auth.second-factor", SECOND_FACTOR);
        // the first administrator, created by the application when no user exists yet
        p.put("hum.admin.initial.username", initialAdmin);
        p.put("hum.admin.initial.password", initialAdminPassword);
        // and a second one: accounts and grants are two-person actions (docs/domain.md, "Two-person control")
        p.put("hum.admin.initial.second-username", secondAdmin);
        p.put("hum.admin.initial.second-password", initialAdminPassword);
        return p;
    }
}
