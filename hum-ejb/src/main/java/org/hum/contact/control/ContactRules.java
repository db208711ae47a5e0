package org.hum.contact.control;

import org.hum.api.contact.ContactReportRequest;
import org.hum.api.contact.IntelligenceItemInput;
import org.hum.api.contact.OtherPresent;
import org.hum.api.contact.PresentRole;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.FieldError;
import org.hum.api.error.HumException;
import org.hum.api.error.RuleViolation;
import org.hum.rules.control.RuleProfile.GradingScheme;
import org.hum.tasking.control.TaskingRegister.TaskingFact;
import org.hum.vetting.control.GradingVocabulary;
import org.hum.vetting.control.GradingVocabulary.InformationGrade;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of a contact report (docs/domain.md, "Contact reports"), as pure functions: what a
 * submission must say, the grades of its items, the tasking an item answers, idempotent
 * resubmission, when a concern is raised, and the dates the dashboards and the due list show.
 * The boundaries call these; the hard stops (appropriate adult, closure for cause) are the
 * lifecycle policy's ({@code SourcePolicy}, GuardedAction.RECORD_CONTACT).
 */
public final class ContactRules {
    /** A draft not submitted for longer than this is listed for compliance. */
    public static final Duration DRAFT_STALE_AFTER = Duration.ofDays(2);

    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");

    private ContactRules() {
    }

    /**
     * Checks a submission beyond its Bean Validation: each raised concern says what it is, the
     * contact is not in the future, the next contact comes after it, and every item's grade is a
     * code of the deployment's scheme. Returns the items' grades, normalised. All problems at once, 400.
     */
    public static List<InformationGrade> requireSubmittable(ContactReportRequest r, GradingScheme scheme, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (r.welfareConcern() && blank(r.welfareText())) {
            errors.add(new FieldError("welfareText", "is required when a welfare concern is raised: what the concern is"));
        }
        if (r.securityConcern() && blank(r.securityText())) {
            errors.add(new FieldError("securityText", "is required when a security concern is raised: what the concern is"));
        }
        if (r.occurredAt() != null && r.occurredAt().isAfter(now)) {
            errors.add(new FieldError("occurredAt", "cannot be in the future: a report records a contact that took place"));
        }
        if (r.nextContactAt() != null && r.occurredAt() != null && !r.nextContactAt().isAfter(r.occurredAt())) {
            errors.add(new FieldError("nextContactAt", "must come after the contact reported"));
        }
        List<InformationGrade> grades = new ArrayList<>();
        for (int i = 0; i < r.items().size(); i++) {
            IntelligenceItemInput item = r.items().get(i);
            try {
                grades.add(requireGrade(scheme, item, i));
            } catch (HumException e) {
                errors.addAll(e.fieldErrors());
            }
        }
        if (!errors.isEmpty()) {
            throw new HumException(ErrorCode.INVALID_INPUT, "The contact report has invalid fields.", errors);
        }
        return List.copyOf(grades);
    }

    /** An item's grade in the scheme (GradingVocabulary), its fields named {@code items[i].credibility/handling}. */
    public static InformationGrade requireGrade(GradingScheme scheme, IntelligenceItemInput item, int index) {
        return GradingVocabulary.requireInformation(scheme, item.credibility(), item.handling(),
                "items[" + index + "].credibility", "items[" + index + "].handling");
    }

    /** Whether an appropriate adult is named among those present. */
    public static boolean appropriateAdultPresent(List<OtherPresent> others) {
        return others != null && others.stream().filter(Objects::nonNull)
                .anyMatch(o -> o.role() == PresentRole.APPROPRIATE_ADULT && !blank(o.description()));
    }

    /**
     * The tasking an item answers: one of the same source's taskings (an unknown id and one of
     * another source are refused alike, so that nothing is said of other files), and open.
     */
    public static TaskingFact requireTasking(Optional<TaskingFact> found, String sourceId, int index) {
        return requireTasking(found, sourceId, index, java.util.Set.of());
    }

    /**
     * As above; a correction may keep the tasking an item of the version it corrects already
     * answered ({@code kept}) though it has ended since: the item answered it when it was open.
     */
    public static TaskingFact requireTasking(Optional<TaskingFact> found, String sourceId, int index,
                                             java.util.Set<String> kept) {
        TaskingFact t = found.filter(f -> sourceId.equals(f.sourceId())).orElseThrow(() -> new RuleViolation(
                ErrorCode.UNPROCESSABLE, "contact.tasking-of-source",
                "Item " + (index + 1) + " names a tasking that is not one of this source's taskings (unknown, or of another source).",
                "choose one of this source's open taskings for the item, or leave its tasking out."));
        if ((t.status() == null || !t.status().open()) && !kept.contains(t.id())) {
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, "contact.tasking-open",
                    "Item " + (index + 1) + " names tasking " + t.reference() + ", which is " + t.status()
                            + ": only an open tasking (issued, acknowledged, in progress) can be answered.",
                    "choose an open tasking of this source for the item, or leave its tasking out.");
        }
        return t;
    }

    /** The idempotency key, from the header or the field (both: they must agree); null when none. */
    public static String idempotencyKey(String header, String field) {
        String h = blank(header) ? null : header.strip();
        String f = blank(field) ? null : field.strip();
        if (h != null && f != null && !h.equals(f)) {
            throw HumException.invalid("idempotencyKey", "differs from the Idempotency-Key header: send one key, or the same in both");
        }
        String key = h != null ? h : f;
        if (key != null && !KEY.matcher(key).matches()) {
            throw HumException.invalid("idempotencyKey", "must be 1 to 128 visible ASCII characters, such as a UUID");
        }
        return key;
    }

    /** A draft's client-chosen id. */
    public static String requireClientId(String clientId) {
        if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
            throw HumException.invalid("clientId", "must be 1 to 64 letters, digits, '.', '_' or '-', such as a UUID");
        }
        return clientId;
    }

    /**
     * What a submission says, as a digest: two submissions with the same key are the same
     * report exactly when their fingerprints match (the key and the draft id are left out).
     */
    public static String fingerprint(ContactReportRequest r, String correctionReason) {
        StringBuilder b = new StringBuilder();
        field(b, correctionReason);
        field(b, r.occurredAt());
        field(b, r.method());
        field(b, strip(r.place()));
        field(b, r.durationMinutes());
        field(b, strip(r.narrative()));
        field(b, r.presentUsers().size());
        r.presentUsers().forEach(u -> field(b, strip(u)));
        field(b, r.othersPresent().size());
        r.othersPresent().forEach(o -> {
            field(b, o.role());
            field(b, strip(o.description()));
        });
        field(b, r.items().size());
        r.items().forEach(i -> {
            field(b, strip(i.text()));
            field(b, upper(i.credibility()));
            field(b, upper(i.handling()));
            field(b, strip(i.taskingId()));
            if (strip(i.port()) != null) { // only when given: the fingerprints of requests without one stay as they were
                field(b, "port:" + upper(i.port()));
            }
        });
        field(b, r.welfareConcern());
        field(b, r.welfareConcern() ? strip(r.welfareText()) : null);
        field(b, r.securityConcern());
        field(b, r.securityConcern() ? strip(r.securityText()) : null);
        field(b, r.nextContactAt());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A submission under a key already used: the same report answers the one already made
     * (returns normally); a different one is refused, 422, saying so.
     */
    public static void requireSameSubmission(String storedFingerprint, String fingerprint) {
        if (!Objects.equals(storedFingerprint, fingerprint)) {
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, "contact.idempotency-key-reused",
                    "This idempotency key was already used for a different submission; nothing was recorded.",
                    "resend exactly what was submitted with this key, or use a new key for a new report.");
        }
    }

    /**
     * Whether a version raises a concern: it is flagged, and the version before it (if any) did
     * not flag it with the same text (a correction that repeats a concern does not raise it again).
     */
    public static boolean raises(boolean flagged, String text, boolean previouslyFlagged, String previousText) {
        return flagged && !(previouslyFlagged && Objects.equals(strip(text), strip(previousText)));
    }

    /** The next version of a report whose highest version is {@code latest}. */
    public static int nextVersion(int latest) {
        return latest + 1;
    }

    /** A version's contact, planned and reported facts the dashboards use. */
    public record Contact(String id, String reportId, String sourceId, Instant occurredAt, Instant nextContactAt) {
    }

    /**
     * The contact due of a source: the next contact planned by its latest contact reported (the
     * current versions only), until a later contact is reported. Empty when none is planned.
     */
    public static Optional<Contact> due(List<Contact> currentVersions) {
        return currentVersions.stream().max(java.util.Comparator.comparing(Contact::occurredAt))
                .filter(c -> c.nextContactAt() != null);
    }

    /**
     * What a file's contact due dates rest on, from its current versions: its latest contact (a tie
     * keeps the one recorded first) and the contacts planned for a day after that contact's day,
     * which no contact has answered yet (ContactState keeps these per file).
     */
    public record State(Contact latest, List<Contact> unanswered) {
    }

    /** {@link State} of one file's current versions, in the order their reports were first recorded. */
    public static State state(List<Contact> currentVersions) {
        Contact latest = currentVersions.stream().max(java.util.Comparator.comparing(Contact::occurredAt)).orElse(null);
        if (latest == null) {
            return new State(null, List.of());
        }
        LocalDate lastDay = day(latest.occurredAt());
        List<Contact> unanswered = currentVersions.stream()
                .filter(c -> c.nextContactAt() != null && day(c.nextContactAt()).isAfter(lastDay))
                .toList();
        return new State(latest, unanswered);
    }

    /**
     * {@link State} after a new report (a first version) is added to a file whose current versions
     * gave {@code before}: what ContactState does in SQL. Equal to {@link #state} of all of them.
     */
    public static State after(State before, Contact added) {
        Contact latest = before.latest() == null || added.occurredAt().isAfter(before.latest().occurredAt()) ? added
                : before.latest();
        LocalDate lastDay = day(latest.occurredAt());
        List<Contact> unanswered = new ArrayList<>();
        for (Contact c : before.unanswered()) {
            if (day(c.nextContactAt()).isAfter(lastDay)) {
                unanswered.add(c);
            }
        }
        if (added.nextContactAt() != null && day(added.nextContactAt()).isAfter(lastDay)) {
            unanswered.add(added);
        }
        return new State(latest, List.copyOf(unanswered));
    }

    /**
     * Planned contacts whose day has passed (before {@code today}) with no contact of the same
     * source reported on or after that day: each one, by the version that planned it.
     */
    public static List<Contact> withoutReport(List<Contact> currentVersions, LocalDate today) {
        // a planner is answered by any contact of its source on or after the planned day: by the
        // source's latest contact day, found once per source (linear in the contacts, not quadratic)
        Map<String, List<Contact>> bySource = new java.util.LinkedHashMap<>();
        for (Contact c : currentVersions) {
            bySource.computeIfAbsent(c.sourceId(), k -> new ArrayList<>()).add(c);
        }
        List<Contact> out = new ArrayList<>();
        for (List<Contact> ofSource : bySource.values()) {
            state(ofSource).unanswered().stream().filter(c -> day(c.nextContactAt()).isBefore(today)).forEach(out::add);
        }
        return out;
    }

    /** A draft created before this long ago and not submitted is stale. */
    public static boolean staleDraft(Instant createdAt, Instant now) {
        return createdAt.plus(DRAFT_STALE_AFTER).isBefore(now);
    }

    public static LocalDate day(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static void field(StringBuilder b, Object value) {
        String s = value == null ? "\u0000" : value.toString();
        b.append(s.length()).append(':').append(s).append(';');
    }

    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String upper(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(java.util.Locale.ROOT);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
