package org.hum.admin.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hum.access.entity.User;
import org.hum.admin.control.AccountRules;
import org.hum.api.Role;
import org.hum.audit.control.AuditTrail;
import org.hum.crypto.control.PasswordHasher;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The way into a new installation: when no user exists yet and the configuration names an
 * initial administrator ({@code hum.admin.initial.username} with either
 * {@code hum.admin.initial.password-hash}, an Argon2id hash, or {@code hum.admin.initial.password},
 * for instance from the generated secrets), that one ADMIN account is created, audited and
 * logged, never with its password. Creating accounts is a two-person action (docs/domain.md,
 * "Two-person control"), so a second administrator comes from the same first start:
 * {@code hum.admin.initial.second-username} with {@code hum.admin.initial.second-password-hash}
 * or {@code hum.admin.initial.second-password}. Without it the lone administrator can ask for
 * accounts but nobody can approve them. Once any user exists this does nothing, so the settings
 * may stay in place. The administrators then create compartments and users through the API.
 */
@Singleton
@Startup
@DependsOn("Startup") // the schema is migrated first
public class FirstAdministrator {
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    static final String ACTOR = "startup";

    @Inject
    @ConfigProperty(name = "hum.admin.initial.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "hum.admin.initial.password-hash")
    Optional<String> passwordHash;

    @Inject
    @ConfigProperty(name = "hum.admin.initial.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "hum.admin.initial.second-username")
    Optional<String> secondUsername;

    @Inject
    @ConfigProperty(name = "hum.admin.initial.second-password-hash")
    Optional<String> secondPasswordHash;

    @Inject
    @ConfigProperty(name = "hum.admin.initial.second-password")
    Optional<String> secondPassword;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @PostConstruct
    void createIfNone() {
        Optional<String> name = username.map(String::strip).filter(n -> !n.isEmpty());
        if (name.isEmpty()) {
            return;
        }
        if (!em.createNamedQuery(User.ALL, User.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        create(name.get(), "Initial administrator", hash(name.get(), passwordHash, password, "hum.admin.initial."),
                "hum.admin.initial.username");
        Optional<String> second = secondUsername.map(String::strip).filter(n -> !n.isEmpty());
        if (second.isPresent()) {
            if (second.get().equals(name.get())) {
                throw new IllegalStateException("hum.admin.initial.second-username must name another person than "
                        + "hum.admin.initial.username");
            }
            create(second.get(), "Second initial administrator", hash(second.get(), secondPasswordHash, secondPassword,
                    "hum.admin.initial.second-"), "hum.admin.initial.second-username");
        } else {
            LOG.warning("hum.admin.initial.second-username is not set: accounts and grants need a second "
                    + "administrator's approval, so none can be created until one exists");
        }
    }

    private void create(String name, String displayName, String hash, String setting) {
        User admin = new User(UUID.randomUUID().toString(), name, displayName, hash,
                "ADMINISTRATION", 0, Set.of(Role.ADMIN.name()), Set.of(), clock.instant());
        em.persist(admin);
        em.flush();
        audit.recordAs(ACTOR, null, "INITIAL_ADMINISTRATOR_CREATED", "USER", admin.id(), null, AuditTrail.SUCCESS);
        LOG.info("No user existed: created the initial administrator " + admin.username() + " from " + setting);
    }

    private static String hash(String name, Optional<String> passwordHash, Optional<String> password, String prefix) {
        Optional<String> given = passwordHash.map(String::strip).filter(h -> !h.isEmpty());
        if (given.isPresent()) {
            if (!given.get().startsWith("$argon2id$")) {
                throw new IllegalStateException(prefix + "password-hash must be an Argon2id hash ($argon2id$...)");
            }
            return given.get();
        }
        String plain = password.filter(p -> !p.isBlank()).orElseThrow(() -> new IllegalStateException(
                prefix + "username is set but neither " + prefix + "password-hash nor " + prefix + "password is"));
        if (!AccountRules.passwordProblems(name, plain).isEmpty()) {
            throw new IllegalStateException(prefix + "password does not meet the password rules: "
                    + AccountRules.passwordProblems(name, plain).get(0).message());
        }
        return new PasswordHasher().hash(plain.toCharArray());
    }
}
