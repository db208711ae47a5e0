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
 * logged, never with its password. Once any user exists this does nothing, so the settings may
 * stay in place. The administrator then creates compartments and users through the API.
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
        User admin = new User(UUID.randomUUID().toString(), name.get(), "Initial administrator", hash(name.get()),
                "ADMINISTRATION", 0, Set.of(Role.ADMIN.name()), Set.of(), clock.instant());
        em.persist(admin);
        em.flush();
        audit.recordAs(ACTOR, null, "INITIAL_ADMINISTRATOR_CREATED", "USER", admin.id(), null, AuditTrail.SUCCESS);
        LOG.info("No user existed: created the initial administrator " + admin.username()
                + " from hum.admin.initial.username");
    }

    private String hash(String name) {
        Optional<String> given = passwordHash.map(String::strip).filter(h -> !h.isEmpty());
        if (given.isPresent()) {
            if (!given.get().startsWith("$argon2id$")) {
                throw new IllegalStateException("hum.admin.initial.password-hash must be an Argon2id hash ($argon2id$...)");
            }
            return given.get();
        }
        String plain = password.filter(p -> !p.isBlank()).orElseThrow(() -> new IllegalStateException(
                "hum.admin.initial.username is set but neither hum.admin.initial.password-hash nor "
                        + "hum.admin.initial.password is"));
        if (!AccountRules.passwordProblems(name, plain).isEmpty()) {
            throw new IllegalStateException("hum.admin.initial.password does not meet the password rules: "
                    + AccountRules.passwordProblems(name, plain).get(0).message());
        }
        return new PasswordHasher().hash(plain.toCharArray());
    }
}
