package org.hum.access.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.hum.access.entity.TwoPersonRequest;
import org.hum.access.entity.User;
import org.hum.api.admin.RequestView;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;

import java.io.StringReader;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The store and the common rules of two-person requests (docs/domain.md, "Two-person control"):
 * a request is decided once, by someone other than the one who asked and other than the person
 * it is for. What each kind needs of its approver and how it is applied is the boundary's.
 */
@Stateless
public class TwoPersonRequests {
    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Inject
    Clock clock;

    public TwoPersonRequest open(TwoPersonRequest.Kind kind, String username, String sourceId, JsonObject payload,
                                 String requestedBy) {
        TwoPersonRequest r = new TwoPersonRequest(UUID.randomUUID().toString(), kind, username, sourceId,
                payload.toString(), requestedBy, clock.instant());
        em.persist(r);
        em.flush();
        return r;
    }

    /** Whether the same thing is already asked and waiting. */
    public boolean alreadyPending(TwoPersonRequest.Kind kind, String username, String sourceId) {
        return pending(List.of(kind)).stream().anyMatch(r -> r.username().equalsIgnoreCase(username)
                && (sourceId == null || sourceId.equals(r.sourceId())));
    }

    public List<TwoPersonRequest> pending(Collection<TwoPersonRequest.Kind> kinds) {
        return em.createNamedQuery(TwoPersonRequest.PENDING, TwoPersonRequest.class)
                .setParameter("kinds", kinds.stream().map(Enum::name).toList()).getResultList();
    }

    /**
     * The pending request of one of {@code kinds}, locked until the decision commits, and
     * decidable by {@code decider}; 404 for an unknown id or another kind, 409 if decided already
     * or if the decider asked for it or would benefit from it.
     */
    public TwoPersonRequest decidable(String id, Collection<TwoPersonRequest.Kind> kinds, Viewer decider) {
        return decidable(locked(id, kinds), decider);
    }

    /** The request of one of {@code kinds}, locked until the transaction ends; 404 for an unknown id or another kind. */
    public TwoPersonRequest locked(String id, Collection<TwoPersonRequest.Kind> kinds) {
        TwoPersonRequest r = canonical(id) == null ? null
                : em.find(TwoPersonRequest.class, canonical(id), LockModeType.PESSIMISTIC_WRITE);
        if (r == null || !kinds.contains(r.kind())) {
            throw HumException.notFound("request");
        }
        return r;
    }

    /** {@code r} if still pending and neither asked by {@code decider} nor for them; else 409. */
    public TwoPersonRequest decidable(TwoPersonRequest r, Viewer decider) {
        if (!r.pending()) {
            throw new HumException(ErrorCode.CONFLICT, "This request was already decided (" + r.status() + ").");
        }
        if (r.requestedBy().equals(decider.userId())) {
            throw new HumException(ErrorCode.CONFLICT, "You asked for this yourself: another person must approve "
                    + "or refuse it.");
        }
        if (r.username().equalsIgnoreCase(decider.username())) {
            throw new HumException(ErrorCode.CONFLICT, "This request is for you: another person must approve or "
                    + "refuse it.");
        }
        return r;
    }

    public void decide(TwoPersonRequest r, TwoPersonRequest.Status outcome, Viewer decider, String reason) {
        r.decide(outcome, decider.userId(), clock.instant(), reason == null ? null : reason.strip());
        em.flush();
    }

    public static JsonObject payload(TwoPersonRequest r) {
        try (var reader = Json.createReader(new StringReader(r.payload()))) {
            return reader.readObject();
        }
    }

    /** The request as its deciders see it; {@code clearance} is the level's name, or null. */
    public RequestView view(TwoPersonRequest r, String clearance) {
        JsonObject p = payload(r);
        return new RequestView(r.id(), r.kind().name(), r.status(), r.username(), r.sourceId(),
                p.getString("role", null), clearance, strings(p, "roles"), strings(p, "compartments"),
                username(r.requestedBy()), r.requestedAt(), username(r.decidedBy()), r.decidedAt(), r.reason());
    }

    private static List<String> strings(JsonObject p, String key) {
        return p.containsKey(key) && !p.isNull(key) ? p.getJsonArray(key).getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList() : null;
    }

    private String username(String userId) {
        User u = userId == null ? null : em.find(User.class, userId);
        return u == null ? null : u.username();
    }

    private static String canonical(String id) {
        try {
            return UUID.fromString(id.strip()).toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
