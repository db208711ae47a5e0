package org.hum.config.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * HUM's settings, read through MicroProfile Config (system properties, environment
 * variables such as {@code HUM_KEYS_KEYSTORE_PASSWORD}, or a config source of the server).
 * Secrets come from there, never from the repository.
 */
@ApplicationScoped
public class HumConfig {

    @Inject
    @ConfigProperty(name = "hum.home")
    String home;

    @Inject
    @ConfigProperty(name = "hum.keys.keystore-password")
    Optional<String> keystorePassword;

    @Inject
    @ConfigProperty(name = "hum.keys.generate-development-keys", defaultValue = "false")
    boolean generateDevelopmentKeys;

    @Inject
    @ConfigProperty(name = "hum.db.keys-schema", defaultValue = "hum_keys")
    String keysSchema;

    @Inject
    @ConfigProperty(name = "hum.labels.levels", defaultValue = "OFFICIAL,SENSITIVE,SECRET")
    List<String> levels;

    @Inject
    @ConfigProperty(name = "hum.labels.default-source-level", defaultValue = "SENSITIVE")
    String defaultSourceLevel;

    @Inject
    @ConfigProperty(name = "hum.auth.token-minutes", defaultValue = "30")
    int tokenMinutes;

    @Inject
    @ConfigProperty(name = "hum.auth.second-factor", defaultValue = "required")
    String secondFactor;

    public Path home() {
        return Path.of(home);
    }

    public Path keystore() {
        return home().resolve("keys/kek.p12");
    }

    public Optional<String> keystorePassword() {
        return keystorePassword.filter(p -> !p.isBlank());
    }

    public boolean generateDevelopmentKeys() {
        return generateDevelopmentKeys;
    }

    public String keysSchema() {
        if (!keysSchema.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalStateException("hum.db.keys-schema must be a plain schema name");
        }
        return keysSchema;
    }

    public ClassificationLevels levels() {
        return new ClassificationLevels(levels);
    }

    public String defaultSourceLevel() {
        return defaultSourceLevel;
    }

    public Duration tokenLifetime() {
        return Duration.ofMinutes(tokenMinutes);
    }

    /** {@code hum.auth.second-factor}: required (the default) or optional (docs/operations.md, "Second factor"). */
    public String secondFactor() {
        return secondFactor;
    }
}
