package org.hum.admin.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hum.access.control.AccessRule;
import org.hum.access.control.Viewer;
import org.hum.access.control.TwoPersonRequests;
import org.hum.access.control.Viewers;
import org.hum.access.entity.TwoPersonRequest;
import org.hum.access.entity.Compartment;
import org.hum.access.entity.User;
import org.hum.admin.control.AccountRules;
import org.hum.api.Role;
import org.hum.api.admin.CompartmentView;
import org.hum.api.admin.Refusal;
import org.hum.api.admin.RequestView;
import org.hum.api.admin.NewCompartment;
import org.hum.api.admin.NewGrant;
import org.hum.api.admin.NewUser;
import org.hum.api.admin.UserChange;
import org.hum.api.admin.UserView;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.crypto.control.PasswordHasher;
import org.hum.config.control.HumConfig;
import org.hum.login.control.TokenCache;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.IdentityGrant;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hum.audit.control.AuditTrail;
import org.hum.login.control.SecondFactorStore;

/**
 * Managing users, clearances, compartments and true-identity grants: the transaction and
 * security boundary of administration. Creating an account, raising its rights and granting a
 * true identity are two-person requests (docs/domain.md, "Two-person control"). Administrators see no source content here: a grant
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
    TokenCache tokenChecks;

    @Inject
    SourceStore sources;

    @Inject
    HumConfig config;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    TwoPersonRequests requests;

    @Inject
    SecondFactorStore secondFactors;

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    private static final String REQUEST = "REQUEST";
    private static final List<TwoPersonRequest.Kind> ACCOUNT_KINDS = List.of(TwoPersonRequest.Kind.ACCOUNT_CREATION,
            TwoPersonRequest.Kind.ACCOUNT_ELEVATION);

    /**
     * Asks for a new account; nothing is created until another administrator approves
     * (docs/domain.md, "Two-person control"). Every rule is checked now and again at approval;
     * the password is kept only as its hash.
     */
    public RequestView createUser(@NotNull @Valid NewUser n) {
        Viewer admin = viewers.of(principal); // the administrator's own account must still be active
        String username = n.username().strip();
        AccountRules.checkPassword(username, n.password());
        int level = AccountRules.clearance(config.levels(), n.clearance());
        Set<String> roles = AccountRules.roles(n.roles());
        AccountRules.notPartner(roles);
        Set<String> compartments = existingCompartments(n.compartments());
        usernameFree(username);
        if (requests.alreadyPending(TwoPersonRequest.Kind.ACCOUNT_CREATION, username, null)) {
            throw new HumException(ErrorCode.CONFLICT, "An account named '" + username + "' is already requested "
                    + "and waits for a second administrator: see GET /hum/api/admin/requests.");
        }
        JsonObject payload = Json.createObjectBuilder().add("displayName", n.displayName().strip())
                .add("unit", n.unit().strip()).add("clearance", level).add("roles", array(roles))
                .add("compartments", array(compartments))
                .add("passwordHash", HASHER.hash(n.password().toCharArray())).build();
        TwoPersonRequest r = requests.open(TwoPersonRequest.Kind.ACCOUNT_CREATION, username, null, payload,
                admin.userId());
        audit.record("USER_CREATION_REQUESTED", REQUEST, r.id(), null, AuditTrail.SUCCESS);
        return view(r);
    }

    /** What a change did: applied at once ({@code user}), or asked of a second administrator ({@code request}). */
    public record Changed(UserView user, RequestView request) {
    }

    /**
     * Changes a user. What takes rights away (fewer roles or compartments, a lower clearance,
     * pausing) applies at once; a change that adds a role or a compartment, raises the clearance
     * or enables again a paused account with source access is a request another administrator
     * approves (docs/domain.md, "Two-person control").
     */
    public Changed changeUser(String username, @NotNull @Valid UserChange change) {
        Viewer admin = viewers.of(principal);
        User u = user(username).orElseThrow(() -> HumException.notFound("user"));
        boolean self = u.id().equals(admin.userId());
        Integer clearance = change.clearance() == null ? null : AccountRules.clearance(config.levels(), change.clearance());
        Set<String> roles = null;
        if (change.roles() != null) {
            roles = AccountRules.roles(change.roles());
            if (roles.contains(Role.PARTNER_NAME) != u.roles().contains(Role.PARTNER_NAME)) {
                AccountRules.notPartner(Set.of(Role.PARTNER_NAME));
            }
            if (self && !roles.equals(u.roles())) {
                // nobody raises or drops their own rights: another administrator must do it
                throw new HumException(ErrorCode.CONFLICT, "You cannot change your own roles: ask another "
                        + "administrator.");
            }
        }
        Set<String> compartments = change.compartments() == null ? null : existingCompartments(change.compartments());
        if (self && Boolean.FALSE.equals(change.enabled())) {
            throw new HumException(ErrorCode.CONFLICT, "You cannot pause your own account: ask another "
                    + "administrator.");
        }
        if (!AccountRules.raises(u.clearanceLevel(), u.roles(), u.compartments(), u.enabled(), clearance, roles, compartments,
                change.enabled())) {
            apply(u, clearance, roles, compartments, change.enabled());
            audit.record("USER_CHANGED", "USER", u.id(), null, AuditTrail.SUCCESS);
            return new Changed(view(u), null);
        }
        if (requests.alreadyPending(TwoPersonRequest.Kind.ACCOUNT_ELEVATION, u.username(), null)) {
            throw new HumException(ErrorCode.CONFLICT, "A change that raises this user's rights already waits for "
                    + "a second administrator: have it approved or refused first (GET /hum/api/admin/requests).");
        }
        JsonObjectBuilder payload = Json.createObjectBuilder();
        if (clearance != null) {
            payload.add("clearance", clearance);
        }
        if (roles != null) {
            payload.add("roles", array(roles));
        }
        if (compartments != null) {
            payload.add("compartments", array(compartments));
        }
        if (change.enabled() != null) {
            payload.add("enabled", change.enabled());
        }
        TwoPersonRequest r = requests.open(TwoPersonRequest.Kind.ACCOUNT_ELEVATION, u.username(), null,
                payload.build(), admin.userId());
        audit.record("USER_CHANGE_REQUESTED", REQUEST, r.id(), null, AuditTrail.SUCCESS);
        return new Changed(null, view(r));
    }

    /** The account requests waiting for a second administrator, oldest first. */
    public List<RequestView> pendingRequests() {
        viewers.of(principal);
        return requests.pending(ACCOUNT_KINDS).stream().map(this::view).toList();
    }

    /**
     * Approves another administrator's account request and applies it in the same transaction,
     * after checking every rule again: the name is still free, the compartments still exist, the
     * user still exists. Nobody approves their own request or one for themself.
     */
    public RequestView approve(String requestId) {
        Viewer admin = viewers.of(principal);
        TwoPersonRequest r = requests.decidable(requestId, ACCOUNT_KINDS, admin);
        JsonObject p = TwoPersonRequests.payload(r);
        Set<String> roles = p.containsKey("roles") ? AccountRules.roles(strings(p, "roles")) : null;
        if (roles != null && r.kind() == TwoPersonRequest.Kind.ACCOUNT_CREATION) {
            AccountRules.notPartner(roles);
        }
        Set<String> compartments = p.containsKey("compartments") ? existingCompartments(strings(p, "compartments")) : null;
        Integer clearance = p.containsKey("clearance") ? p.getInt("clearance") : null;
        if (clearance != null && config.levels().nameOf(clearance) == null) {
            throw new HumException(ErrorCode.CONFLICT, "The requested clearance level no longer exists: refuse this "
                    + "request and ask again.");
        }
        requests.decide(r, TwoPersonRequest.Status.APPROVED, admin, null);
        audit.record("TWO_PERSON_REQUEST_APPROVED", REQUEST, r.id(), null, AuditTrail.SUCCESS);
        if (r.kind() == TwoPersonRequest.Kind.ACCOUNT_CREATION) {
            usernameFree(r.username());
            User u = new User(UUID.randomUUID().toString(), r.username(), p.getString("displayName"),
                    p.getString("passwordHash"), p.getString("unit"), clearance, roles, compartments, clock.instant());
            em.persist(u);
            em.flush();
            audit.record("USER_CREATED", "USER", u.id(), null, AuditTrail.SUCCESS);
        } else {
            User u = user(r.username()).orElseThrow(() -> new HumException(ErrorCode.CONFLICT, "The user of this "
                    + "request no longer exists: refuse it."));
            if (roles != null && roles.contains(Role.PARTNER_NAME) != u.roles().contains(Role.PARTNER_NAME)) {
                AccountRules.notPartner(Set.of(Role.PARTNER_NAME));
            }
            apply(u, clearance, roles, compartments, p.containsKey("enabled") ? p.getBoolean("enabled") : null);
            audit.record("USER_CHANGED", "USER", u.id(), null, AuditTrail.SUCCESS);
        }
        return view(r);
    }

    /** Refuses another administrator's account request, with the reason; nothing is applied. */
    public RequestView refuse(String requestId, @NotNull @Valid Refusal refusal) {
        Viewer admin = viewers.of(principal);
        TwoPersonRequest r = requests.decidable(requestId, ACCOUNT_KINDS, admin);
        requests.decide(r, TwoPersonRequest.Status.REFUSED, admin, refusal.reason());
        audit.record("TWO_PERSON_REQUEST_REFUSED", REQUEST, r.id(), null, AuditTrail.SUCCESS);
        return view(r);
    }

    private void apply(User u, Integer clearance, Set<String> roles, Set<String> compartments, Boolean enabled) {
        if (clearance != null) {
            u.clearanceLevel(clearance);
        }
        if (roles != null) {
            u.roles(roles);
        }
        if (compartments != null) {
            u.compartments(compartments);
        }
        if (enabled != null) {
            u.enabled(enabled);
        }
        em.flush();
        tokenChecks.changedInThisTransaction(); // every instance refuses by the old rights once this answers
    }

    private void usernameFree(String username) {
        if (user(username).isPresent()) {
            throw new HumException(ErrorCode.CONFLICT, "A user named '" + username + "' already exists: "
                    + "choose another username, or change that user instead.");
        }
    }

    private RequestView view(TwoPersonRequest r) {
        JsonObject p = TwoPersonRequests.payload(r);
        return requests.view(r, p.containsKey("clearance") ? config.levels().nameOf(p.getInt("clearance")) : null);
    }

    private static List<String> strings(JsonObject p, String key) {
        return p.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static JsonArrayBuilder array(Set<String> values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        values.forEach(a::add);
        return a;
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
     * Asks that a user see one source's true identity; a controller or authorising officer who
     * sees the file approves it (docs/domain.md, "Two-person control"). Refused at once when the
     * user cannot see the file under the dominance rule: the grant would be useless today and
     * would open the identity the day their clearance rose for another reason.
     */
    public RequestView grant(@NotNull @Valid NewGrant g) {
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
        if (requests.alreadyPending(TwoPersonRequest.Kind.IDENTITY_GRANT, holder.username(), sourceId)) {
            throw new HumException(ErrorCode.CONFLICT, "A true-identity grant for " + holder.username() + " on this "
                    + "source already waits for approval.");
        }
        TwoPersonRequest r = requests.open(TwoPersonRequest.Kind.IDENTITY_GRANT, holder.username(), sourceId,
                Json.createObjectBuilder().add("role", role.name()).build(), admin.userId());
        audit.record("IDENTITY_GRANT_REQUESTED", "SOURCE", sourceId, null, AuditTrail.SUCCESS);
        return view(r);
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

    /**
     * Forgets the user's second factor and recovery codes (its secret's key destroyed) and revokes
     * their bearer tokens: they enrol again at their next login (docs/operations.md, "Second
     * factor"). Audited; 404 for an unknown user, 409 when there is nothing to reset.
     */
    public void resetSecondFactor(String username) {
        User u = user(username).orElseThrow(() -> HumException.notFound("user"));
        if (!secondFactors.reset(u.id())) {
            throw new HumException(ErrorCode.CONFLICT, "That user has no second factor to reset (not even a pending "
                    + "enrolment).");
        }
        // a reset follows a lost or stolen authenticator: the bearer tokens it let in stop working too
        em.createNativeQuery("delete from api_token where user_id = ?").setParameter(1, u.id()).executeUpdate();
        tokenChecks.changedInThisTransaction();
        audit.record("SECOND_FACTOR_RESET", "USER", u.id(), null, AuditTrail.SUCCESS);
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
                u.createdAt(), secondFactors.enrolled(u.id()));
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
