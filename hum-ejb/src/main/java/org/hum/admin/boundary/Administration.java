package org.hum.admin.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hum.access.control.AccessRule;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.access.entity.Compartment;
import org.hum.access.entity.User;
import org.hum.admin.control.AccountRules;
import org.hum.api.Role;
import org.hum.api.admin.CompartmentView;
import org.hum.api.admin.GrantView;
import org.hum.api.admin.NewCompartment;
import org.hum.api.admin.NewGrant;
import org.hum.api.admin.NewUser;
import org.hum.api.admin.UserChange;
import org.hum.api.admin.UserView;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.crypto.control.PasswordHasher;
import org.hum.config.control.HumConfig;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.IdentityGrant;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hum.audit.control.AuditTrail;

/**
 * Managing users, clearances, compartments and true-identity grants: the transaction and
 * security boundary of administration. Administrators see no source content here: a grant
 * names a source by its id only, and the answer carries the grant, never the file.
 * Nothing is cached: the user's next request reads the change.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Administration {
    private static final PasswordHasher HASHER = new PasswordHasher();

    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    SourceStore sources;

    @Inject
    HumConfig config;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    public UserView createUser(@NotNull @Valid NewUser n) {
        viewers.of(principal); // the administrator's own account must still be active
        String username = n.username().strip();
        AccountRules.checkPassword(username, n.password());
        int level = AccountRules.clearance(config.levels(), n.clearance());
        Set<String> roles = AccountRules.roles(n.roles());
        AccountRules.notPartner(roles);
        Set<String> compartments = existingCompartments(n.compartments());
        if (user(username).isPresent()) {
            throw new HumException(ErrorCode.CONFLICT, "A user named '" + username + "' already exists: "
                    + "choose another username, or change that user instead.");
        }
        User u = new User(UUID.randomUUID().toString(), username, n.displayName().strip(),
                HASHER.hash(n.password().toCharArray()), n.unit().strip(), level, roles, compartments, clock.instant());
        em.persist(u);
        em.flush();
        audit.record("USER_CREATED", "USER", u.id(), null, AuditTrail.SUCCESS);
        return view(u);
    }

    public UserView changeUser(String username, @NotNull @Valid UserChange change) {
        Viewer admin = viewers.of(principal);
        User u = user(username).orElseThrow(() -> HumException.notFound("user"));
        boolean self = u.id().equals(admin.userId());
        if (change.clearance() != null) {
            u.clearanceLevel(AccountRules.clearance(config.levels(), change.clearance()));
        }
        if (change.roles() != null) {
            Set<String> roles = AccountRules.roles(change.roles());
            if (roles.contains(Role.PARTNER_NAME) != u.roles().contains(Role.PARTNER_NAME)) {
                AccountRules.notPartner(Set.of(Role.PARTNER_NAME));
            }
            if (self && !roles.equals(u.roles())) {
                // nobody raises or drops their own rights: another administrator must do it
                throw new HumException(ErrorCode.CONFLICT, "You cannot change your own roles: ask another "
                        + "administrator.");
            }
            u.roles(roles);
        }
        if (change.compartments() != null) {
            u.compartments(existingCompartments(change.compartments()));
        }
        if (change.enabled() != null) {
            if (self && !change.enabled()) {
                throw new HumException(ErrorCode.CONFLICT, "You cannot pause your own account: ask another "
                        + "administrator.");
            }
            u.enabled(change.enabled());
        }
        em.flush();
        audit.record("USER_CHANGED", "USER", u.id(), null, AuditTrail.SUCCESS);
        return view(u);
    }

    public List<UserView> users() {
        return em.createNamedQuery(User.ALL, User.class).getResultStream().map(this::view).toList();
    }

    /** The classification levels a user's clearance may name, lowest first. */
    public List<String> levels() {
        return config.levels().names();
    }

    public UserView userNamed(String username) {
        return user(username).map(this::view).orElseThrow(() -> HumException.notFound("user"));
    }

    public CompartmentView createCompartment(@NotNull @Valid NewCompartment c) {
        String code = c.code().strip();
        if (em.find(Compartment.class, code) != null) {
            throw new HumException(ErrorCode.CONFLICT, "The compartment " + code + " already exists: choose "
                    + "another code.");
        }
        Compartment created = new Compartment(code, c.name().strip(), clock.instant());
        em.persist(created);
        em.flush();
        audit.record("COMPARTMENT_CREATED", "COMPARTMENT", created.code(), null, AuditTrail.SUCCESS);
        return view(created);
    }

    public List<CompartmentView> compartments() {
        return em.createQuery("select c from Compartment c order by c.code", Compartment.class)
                .getResultStream().map(Administration::view).toList();
    }

    /**
     * Grants a user sight of one source's true identity. Refused when the user cannot see the
     * file under the dominance rule: the grant would be useless today and would open the
     * identity the day their clearance rose for another reason.
     */
    public GrantView grant(@NotNull @Valid NewGrant g) {
        Viewer admin = viewers.of(principal);
        IdentityGrant.GrantRole role = AccountRules.grantRole(g.role());
        String sourceId = canonicalId(g.sourceId());
        User holder = user(g.username().strip()).orElseThrow(() -> HumException.invalid("username",
                "no such user; see GET /hum/api/admin/users"));
        // existence only: the administrator learns nothing of the file's content
        if (sources.unrestricted(sourceId).orElseThrow(() -> HumException.notFound("source file")).isDestroyed()) {
            throw new HumException(ErrorCode.GONE, "This source file was destroyed; there is no identity left to grant.");
        }
        Viewer holderView = Viewers.of(holder);
        boolean sees = sources.find(holderView, sourceId)
                .filter(s -> AccessRule.dominates(holderView, s.label())) // docs/architecture.md, Enforcement 2
                .isPresent();
        if (!sees) {
            throw new HumException(ErrorCode.CONFLICT, "The user " + holder.username() + " cannot see this source "
                    + "file (their clearance or compartments do not cover its label), so a true-identity grant "
                    + "would be of no use: change their clearance or compartments first.");
        }
        if (sources.grant(sourceId, holder.id()).isPresent()) {
            throw new HumException(ErrorCode.CONFLICT, "The user " + holder.username() + " already holds a "
                    + "true-identity grant for this source: revoke it first to change its role.");
        }
        IdentityGrant grant = new IdentityGrant(sourceId, holder.id(), role, clock.instant(), admin.userId());
        sources.addGrant(grant);
        audit.record("IDENTITY_GRANTED", "SOURCE", sourceId, null, AuditTrail.SUCCESS);
        return new GrantView(sourceId, holder.username(), role.name(), grant.grantedAt(), admin.username());
    }

    public void revoke(String sourceId, String username) {
        viewers.of(principal);
        String id = canonicalId(sourceId);
        IdentityGrant grant = user(username).flatMap(u -> sources.grant(id, u.id()))
                .orElseThrow(() -> new HumException(ErrorCode.NOT_FOUND, "That user holds no true-identity grant "
                        + "for that source id."));
        sources.removeGrant(grant);
        audit.record("IDENTITY_GRANT_REVOKED", "SOURCE", id, null, AuditTrail.SUCCESS);
    }

    private Optional<User> user(String username) {
        if (username == null || username.isBlank() || username.length() > 64) {
            return Optional.empty();
        }
        return em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", username.strip())
                .getResultStream().findFirst();
    }

    private Set<String> existingCompartments(List<String> requested) {
        Set<String> codes = AccountRules.compartmentCodes(requested);
        for (String code : codes) {
            if (code.isEmpty() || code.length() > 32 || em.find(Compartment.class, code) == null) {
                throw HumException.invalid("compartments", "unknown compartment; use any of: "
                        + String.join(", ", compartments().stream().map(CompartmentView::code).toList()));
            }
        }
        return codes;
    }

    private UserView view(User u) {
        return new UserView(u.id(), u.username(), u.displayName(), u.unit(), config.levels().nameOf(u.clearanceLevel()),
                List.copyOf(new TreeSet<>(u.roles())), List.copyOf(new TreeSet<>(u.compartments())), u.enabled(),
                u.createdAt());
    }

    private static CompartmentView view(Compartment c) {
        return new CompartmentView(c.code(), c.name(), c.createdAt());
    }

    private static String canonicalId(String id) {
        try {
            return UUID.fromString(id.strip()).toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw HumException.notFound("source file");
        }
    }
}
