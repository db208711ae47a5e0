package org.hum.source.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.access.control.AccessRule;
import org.hum.access.control.Viewers;
import org.hum.access.entity.User;
import org.hum.api.Role;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.FieldError;
import org.hum.api.error.HumException;
import org.hum.api.source.AccessKind;
import org.hum.api.source.AssignmentRole;
import org.hum.api.source.AssignmentView;
import org.hum.api.source.IdentityDocument;
import org.hum.api.source.Motivation;
import org.hum.api.source.NewPromise;
import org.hum.api.source.Particulars;
import org.hum.api.source.ParticularsView;
import org.hum.api.source.PromiseView;
import org.hum.api.source.ProtectedParticulars;
import org.hum.api.source.SpecialCategory;
import org.hum.api.source.UnitCodeName;
import org.hum.crypto.control.DataKey;
import org.hum.source.entity.IdentityGrant;
import org.hum.source.entity.Source;
import org.hum.source.entity.SourceAssignment;
import org.hum.source.entity.SourceCodeName;
import org.hum.source.entity.SourceParticulars;
import org.hum.source.entity.SourcePromise;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The parts of a source file beyond the {@code source} row: particulars, code names per unit,
 * assignments and promises. Callers have already resolved the file through the access-aware
 * {@link SourceStore} (or are system work on ids); nothing here decides who may see what,
 * except that protected text is decrypted only when the caller says the viewer holds the grant.
 */
@ApplicationScoped
public class SourceRecords {
    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Inject
    SourceProtection protection;

    @Inject
    SourceStore store;

    // ---- registration ----

    /** 409 when a code name is already taken in its unit. */
    /**
     * Refuses (409) code names already used in their unit by a file of the same label (compartment
     * and classification level): those are exactly the files the registrar, who registers at that
     * label, may see, so the answer names only what they could look up; a name used by a file they
     * may not see answers as a free one (docs/domain.md, "The source file").
     */
    public void requireFreeCodeNames(Particulars p, String compartment, int level) {
        if (p == null || p.codeNames() == null) {
            return;
        }
        List<FieldError> taken = new ArrayList<>();
        for (UnitCodeName c : p.codeNames()) {
            long n = em.createQuery("select count(c) from SourceCodeName c where c.unit = :unit and c.codeName = :name"
                            + " and c.compartment = :compartment and c.classificationLevel = :level", Long.class)
                    .setParameter("unit", unit(c.unit()))
                    .setParameter("name", c.codeName().strip())
                    .setParameter("compartment", compartment)
                    .setParameter("level", level)
                    .getSingleResult();
            if (n > 0) {
                taken.add(new FieldError("codeNames", "code name " + c.codeName().strip() + " is already used in unit "
                        + unit(c.unit()) + " by a file of this compartment and classification: choose another"));
            }
        }
        if (!taken.isEmpty()) {
            throw new HumException(ErrorCode.CONFLICT, "A code name must be unique in its unit among the files of one "
                    + "compartment and classification: " + taken.stream().map(FieldError::message).reduce((a, b) -> a + "; " + b)
                    .orElse("") + ".", taken);
        }
    }

    /** Stores the particulars (encrypted ones under the file's key), code names and promises. */
    public void record(Source source, DataKey key, Particulars p, String recordedBy, Instant now) {
        Particulars given = p == null ? Particulars.none() : p;
        Optional<ParticularsRules.Photo> photo = ParticularsRules.photo(given.photo());
        SourceParticulars row = new SourceParticulars(source.id(), photo.map(ParticularsRules.Photo::type).orElse(null),
                given.recruitedOn(), Boolean.TRUE.equals(given.dutyToReport()), Boolean.TRUE.equals(given.foreignNational()),
                given.immigrationBenefitExpires(), ParticularsRules.stored(Motivation.class, given.motivations()),
                given.accessKind() == null ? null : ParticularsRules.accessKind(given.accessKind()).map(Enum::name).orElse(null),
                ParticularsRules.stored(SpecialCategory.class, given.specialCategories()));
        Map<String, byte[]> plain = new LinkedHashMap<>();
        if (given.otherIdentities() != null && !given.otherIdentities().isEmpty()) {
            plain.put(SourceParticulars.OTHER_IDENTITIES, utf8(ParticularsRules.encodeLines(
                    given.otherIdentities().stream().map(String::strip).toList())));
        }
        if (given.identityDocuments() != null && !given.identityDocuments().isEmpty()) {
            plain.put(SourceParticulars.IDENTITY_DOCUMENTS, utf8(ParticularsRules.encodeDocuments(given.identityDocuments())));
        }
        photo.ifPresent(ph -> plain.put(SourceParticulars.PHOTO, ph.bytes()));
        text(plain, SourceParticulars.EXISTENCE_VERIFICATION, given.existenceVerification());
        text(plain, SourceParticulars.RECRUITMENT_CIRCUMSTANCES, given.recruitmentCircumstances());
        text(plain, SourceParticulars.EMPLOYER, given.employer());
        text(plain, SourceParticulars.OCCUPATION, given.occupation());
        text(plain, SourceParticulars.NATIONALITY, given.nationality());
        text(plain, SourceParticulars.IMMIGRATION_BENEFIT, given.immigrationBenefit());
        text(plain, SourceParticulars.AGENCY_RELATIONSHIPS, given.agencyRelationships());
        text(plain, SourceParticulars.MOTIVATION_NOTES, given.motivationNotes());
        text(plain, SourceParticulars.ACCESS_DESCRIPTION, given.access());
        text(plain, SourceParticulars.SECURITY_WELFARE, given.securityWelfare());
        protection.particulars().seal(key, row, plain);
        em.persist(row);
        if (given.codeNames() != null) {
            for (UnitCodeName c : given.codeNames()) {
                em.persist(new SourceCodeName(source, unit(c.unit()), c.codeName().strip()));
            }
        }
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException raced) {
            // another registration took the code name between the check and this insert (uq_source_code_name_label)
            throw new HumException(ErrorCode.CONFLICT, "A code name given was taken in its unit a moment ago: choose another.",
                    List.of(new FieldError("codeNames", "was taken in its unit a moment ago: choose another")));
        }
        if (given.promises() != null) {
            for (NewPromise promise : given.promises()) {
                addPromise(source, key, promise, recordedBy, now);
            }
        }
    }

    public SourcePromise addPromise(Source source, DataKey key, NewPromise promise, String recordedBy, Instant now) {
        SourcePromise row = new SourcePromise(UUID.randomUUID().toString(), source.id(), promise.madeBy().strip(),
                promise.madeOn(), recordedBy, now);
        protection.particulars().seal(key, row, promise.description().strip());
        em.persist(row);
        em.flush();
        return row;
    }

    // ---- assignments ----

    /** Opens an assignment; the person gets the true-identity grant if they do not hold one. */
    public SourceAssignment assign(Source source, User user, AssignmentRole role, LocalDate on, String by, Instant now) {
        SourceAssignment a = new SourceAssignment(UUID.randomUUID().toString(), source.id(), user.id(), role.name(), on, by, now);
        em.persist(a);
        em.flush();
        if (store.grant(source.id(), user.id()).isEmpty()) {
            store.addGrant(new IdentityGrant(source.id(), user.id(), grantRole(role), now, by));
        }
        return a;
    }

    /**
     * The enabled user {@code username} if they may act as {@code role} on the file: their
     * clearance and compartments cover its label, they hold a user role fitting the assignment
     * ({@link #fittingRoles}) and do not already act so. Checked when an assignment is asked for
     * and again when it is approved (docs/domain.md, "Two-person control").
     */
    public User assignable(Source source, String username, AssignmentRole role) {
        User user = em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", username.strip())
                .getResultStream().findFirst().filter(User::enabled)
                .orElseThrow(() -> HumException.invalid("username", "names no enabled user"));
        if (!AccessRule.dominates(Viewers.of(user), source.label())) {
            throw HumException.invalid("username", "this person's clearance or compartments do not cover this file: "
                    + "an administrator must extend them first");
        }
        Set<String> fitting = fittingRoles(role);
        if (user.roles().stream().noneMatch(fitting::contains)) {
            throw HumException.invalid("role", role + " needs a user with the " + String.join(" or ", fitting)
                    + " role");
        }
        if (hasOpenAssignment(source.id(), user.id(), role)) {
            throw new HumException(ErrorCode.CONFLICT, "This person already acts as " + role + " for this source; "
                    + "end that assignment first to start a new one.");
        }
        return user;
    }

    /**
     * The user roles that fit an assignment: a handler or co-handler is a case officer; a
     * controller a controller; a records officer, who keeps the file and its true identity, a
     * controller or an authorising officer (docs/domain.md, "Two-person control").
     */
    public static Set<String> fittingRoles(AssignmentRole role) {
        return switch (role) {
            case HANDLER, CO_HANDLER -> Set.of(Role.CASE_OFFICER_NAME);
            case CONTROLLER -> Set.of(Role.CONTROLLER_NAME);
            case RECORDS_OFFICER -> new TreeSet<>(Set.of(Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME));
        };
    }

    /** Ends an assignment; the grant goes when the person has no other open assignment on the file. */
    public void end(SourceAssignment a, LocalDate on, String by) {
        a.end(on, by);
        em.flush();
        long stillOpen = em.createQuery("select count(a) from SourceAssignment a where a.sourceId = :s and a.userId = :u "
                        + "and a.endedOn is null", Long.class)
                .setParameter("s", a.sourceId()).setParameter("u", a.userId()).getSingleResult();
        if (stillOpen == 0) {
            store.grant(a.sourceId(), a.userId()).ifPresent(store::removeGrant);
        }
    }

    public Optional<SourceAssignment> assignment(String sourceId, String assignmentId) {
        if (assignmentId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(SourceAssignment.class, assignmentId)).filter(a -> a.sourceId().equals(sourceId));
    }

    public boolean hasOpenAssignment(String sourceId, String userId, AssignmentRole role) {
        return em.createQuery("select count(a) from SourceAssignment a where a.sourceId = :s and a.userId = :u "
                        + "and a.role = :r and a.endedOn is null", Long.class)
                .setParameter("s", sourceId).setParameter("u", userId).setParameter("r", role.name())
                .getSingleResult() > 0;
    }

    // ---- reading ----

    public Optional<SourceParticulars> particulars(String sourceId) {
        return Optional.ofNullable(em.find(SourceParticulars.class, sourceId));
    }

    /**
     * Whether the source has a duty to report (false when the file has no particulars): one column,
     * not the particulars with their photo and sealed fields, since every payment request asks.
     */
    public boolean dutyToReport(String sourceId) {
        List<?> rows = em.createNativeQuery("select duty_to_report from source_particulars where source_id = ?")
                .setParameter(1, sourceId).getResultList();
        return !rows.isEmpty() && rows.get(0) != null && truth(rows.get(0));
    }

    private static boolean truth(Object column) {
        return column instanceof Boolean b ? b : column instanceof Number n && n.intValue() != 0;
    }

    /**
     * The special categories declared at registration (the column as stored; empty when the file
     * has no particulars or declared none): one column, not the particulars with their photo and
     * sealed fields, since the lifecycle policy asks for it at every guarded action.
     */
    public Optional<String> declaredCategories(String sourceId) {
        List<?> rows = em.createNativeQuery("select special_categories from source_particulars where source_id = ?")
                .setParameter(1, sourceId).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? Optional.empty() : Optional.of(rows.get(0).toString());
    }

    /**
     * Reads the particulars of these files in one statement into the transaction's persistence
     * context, so that {@link #particulars(String)} of each then sends none (deconfliction's
     * candidates: one statement, not one a candidate).
     */
    public void preloadParticulars(java.util.Collection<String> sourceIds) {
        if (!sourceIds.isEmpty()) {
            em.createQuery("select p from SourceParticulars p where p.sourceId in :ids", SourceParticulars.class)
                    .setParameter("ids", sourceIds).getResultList();
        }
    }

    public List<SourcePromise> promises(String sourceId) {
        return em.createQuery("select p from SourcePromise p where p.sourceId = :s order by p.madeOn, p.recordedAt, p.id",
                SourcePromise.class).setParameter("s", sourceId).getResultList();
    }

    public List<SourceCodeName> codeNames(String sourceId) {
        return em.createQuery("select c from SourceCodeName c where c.sourceId = :s order by c.unit", SourceCodeName.class)
                .setParameter("s", sourceId).getResultList();
    }

    public List<SourceAssignment> assignments(String sourceId) {
        return em.createQuery("select a from SourceAssignment a where a.sourceId = :s order by a.startedOn, a.assignedAt, a.id",
                SourceAssignment.class).setParameter("s", sourceId).getResultList();
    }

    /** The identity documents of a file, decrypted: for deconfliction only (never returned by it). */
    public List<IdentityDocument> documents(Source source) {
        return documents(source, protection::openParticulars);
    }

    /** As {@link #documents(Source)}, opened by {@code opener} (keys read for several files at once). */
    public List<IdentityDocument> documents(Source source,
                                            java.util.function.BiFunction<Source, SourceParticulars, java.util.Map<String, byte[]>> opener) {
        return particulars(source.id())
                .map(row -> opener.apply(source, row).get(SourceParticulars.IDENTITY_DOCUMENTS))
                .map(b -> ParticularsRules.decodeDocuments(new String(b, StandardCharsets.UTF_8)))
                .orElse(List.of());
    }

    /** The particulars as this viewer may see them: protected ones only with the grant (already audited). */
    public ParticularsView view(Source source, boolean identity) {
        Optional<SourceParticulars> row = particulars(source.id());
        List<UnitCodeName> codeNames = codeNames(source.id()).stream()
                .map(c -> new UnitCodeName(c.unit(), c.codeName())).toList();
        List<AssignmentView> assignments = assignments(source.id()).stream()
                .map(a -> new AssignmentView(a.id(), username(a.userId()), AssignmentRole.valueOf(a.role()), a.startedOn(),
                        a.endedOn(), username(a.assignedBy()))).toList();
        List<PromiseView> promises = promises(source.id()).stream()
                .map(p -> new PromiseView(p.id(), p.madeBy(), p.madeOn(), identity ? protection.openPromise(source, p) : null,
                        username(p.recordedBy()), p.recordedAt())).toList();
        ProtectedParticulars restricted = null;
        if (identity && row.isPresent()) {
            Map<String, byte[]> open = protection.openParticulars(source, row.get());
            restricted = new ProtectedParticulars(
                    ParticularsRules.decodeLines(str(open.get(SourceParticulars.OTHER_IDENTITIES))),
                    ParticularsRules.decodeDocuments(str(open.get(SourceParticulars.IDENTITY_DOCUMENTS))),
                    open.get(SourceParticulars.PHOTO) == null ? null : Base64.getEncoder().encodeToString(open.get(SourceParticulars.PHOTO)),
                    row.get().photoType(),
                    str(open.get(SourceParticulars.EXISTENCE_VERIFICATION)),
                    str(open.get(SourceParticulars.RECRUITMENT_CIRCUMSTANCES)),
                    str(open.get(SourceParticulars.EMPLOYER)),
                    str(open.get(SourceParticulars.OCCUPATION)),
                    str(open.get(SourceParticulars.NATIONALITY)),
                    str(open.get(SourceParticulars.IMMIGRATION_BENEFIT)),
                    str(open.get(SourceParticulars.AGENCY_RELATIONSHIPS)),
                    str(open.get(SourceParticulars.MOTIVATION_NOTES)),
                    str(open.get(SourceParticulars.ACCESS_DESCRIPTION)),
                    str(open.get(SourceParticulars.SECURITY_WELFARE)));
        }
        SourceParticulars r = row.orElse(null);
        return new ParticularsView(
                r == null ? null : r.recruitedOn(),
                r != null && r.dutyToReport(),
                r != null && r.foreignNational(),
                r == null ? null : r.immigrationBenefitExpires(),
                r == null ? List.of() : ParticularsRules.read(Motivation.class, r.motivations()),
                r == null || r.accessKind() == null ? null : AccessKind.valueOf(r.accessKind()),
                r == null ? List.of() : ParticularsRules.read(SpecialCategory.class, r.specialCategories()),
                r != null && r.envelope(SourceParticulars.PHOTO) != null,
                codeNames, assignments, promises, restricted);
    }

    // ---- key rotation ----

    /** Re-encrypts every particular and promise of the file from the old key version to the new one. */
    public int rekey(Source source, DataKey oldKey, DataKey newKey) {
        int n = 0;
        Optional<SourceParticulars> row = particulars(source.id());
        if (row.isPresent()) {
            n += row.get().envelopes().size();
            protection.particulars().rekey(oldKey, newKey, row.get());
        }
        for (SourcePromise p : promises(source.id())) {
            protection.particulars().rekey(oldKey, newKey, p);
            n++;
        }
        return n;
    }

    private String username(String userId) {
        User u = userId == null ? null : em.find(User.class, userId);
        return u == null ? null : u.username();
    }

    private static IdentityGrant.GrantRole grantRole(AssignmentRole role) {
        return switch (role) {
            case HANDLER, CO_HANDLER -> IdentityGrant.GrantRole.HANDLER;
            case CONTROLLER -> IdentityGrant.GrantRole.CONTROLLER;
            case RECORDS_OFFICER -> IdentityGrant.GrantRole.RECORDS_OFFICER;
        };
    }

    static String unit(String unit) {
        return unit.strip().toUpperCase(Locale.ROOT);
    }

    private static void text(Map<String, byte[]> plain, String column, String value) {
        if (value != null && !value.isBlank()) {
            plain.put(column, utf8(value.strip()));
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String str(byte[] b) {
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }
}
