package org.hum.contact.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hum.access.control.AccessRule;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.api.Role;
import org.hum.api.contact.ContactDraftRequest;
import org.hum.api.contact.ContactDraftView;
import org.hum.api.contact.ContactReportRequest;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.api.rules.GuardedAction;
import org.hum.audit.control.AuditLog;
import org.hum.audit.control.AuditTrail;
import org.hum.contact.control.ContactCipher;
import org.hum.contact.control.ContactRecords;
import org.hum.contact.control.ContactRules;
import org.hum.contact.control.DraftCodec;
import org.hum.contact.entity.ContactDraft;
import org.hum.crypto.control.DataKey;
import org.hum.rules.control.Circumstances;
import org.hum.config.control.RuleClock;
import org.hum.rules.control.SourcePolicy;
import org.hum.source.control.SourceFiles;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.Source;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Drafts of contact reports, saved on the server as the officer types (a connection lost in the
 * field loses nothing): upserted by a client-chosen id, encrypted under the source file's key,
 * seen only by their author (another user's draft answers 404 like a missing one). Creating a
 * draft asks the lifecycle policy early: a source closed for cause without a senior approval in
 * force refuses it (409); the stops that filling in the form cures (an appropriate adult for a
 * juvenile) come back as warnings, and are enforced at submission.
 */
@Stateless
@RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME})
public class ContactDrafts {
    private static final ContactReportRequest EMPTY = new ContactReportRequest(null, null, null, null, null, null, null,
            null, false, null, false, null, null, null, null);

    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    SourceFiles files;

    @Inject
    SourceStore store;

    @Inject
    ContactRecords records;

    @Inject
    ContactCipher cipher;

    @Inject
    SourcePolicy policy;

    @Inject
    @RuleClock
    Clock clock;

    @Inject
    AuditTrail audit;

    @EJB
    AuditLog refusals;

    /** A save's answer: the draft, and whether this call created it. */
    public record Saved(ContactDraftView draft, boolean created) {
    }

    public Saved save(String clientId, @NotNull @Valid ContactDraftRequest request) {
        String client = ContactRules.requireClientId(clientId);
        Viewer viewer = viewers.of(principal);
        Source source = files.resolveForUpdate(viewer, request.sourceId(), "CONTACT_DRAFT_SAVE");
        String label = files.label(source);
        try {
            if (!ContactReports.ContactAccess.mayRecord(viewer, source, store)) {
                throw new HumException(ErrorCode.FORBIDDEN, "Only the source's handler or co-handler, or a controller, "
                        + "records its contacts.");
            }
            ContactReportRequest report = request.report() == null ? EMPTY : request.report();
            Optional<ContactDraft> existing = records.draft(viewer.userId(), client);
            if (existing.isPresent() && !existing.get().sourceId().equals(source.id())) {
                throw new HumException(ErrorCode.CONFLICT, "This draft is of another source file; a draft belongs to one "
                        + "file. Start a new draft (another client id) for this one.");
            }
            Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as the database keeps it
            ContactDraft draft = existing.orElse(null);
            if (draft == null) {
                // the officer learns at once of what no typing will cure (a closure for cause without senior approval)
                policy.require(GuardedAction.RECORD_CONTACT, source.id(), Circumstances.contact(true), label);
                draft = new ContactDraft(UUID.randomUUID().toString(), viewer.userId(), client, source.id(), now);
            }
            DataKey key = cipher.key(source);
            draft.saved(now, key.version(), cipher.sealExact(key, ContactDraft.ENTITY, ContactDraft.BODY, draft.id(),
                    DraftCodec.encode(report)));
            if (existing.isEmpty()) {
                records.add(draft);
            }
            records.flush();
            audit.record(existing.isEmpty() ? "CONTACT_DRAFT_CREATED" : "CONTACT_DRAFT_SAVED", "CONTACT_DRAFT", draft.id(),
                    label, AuditTrail.SUCCESS);
            return new Saved(view(source, draft, report), existing.isEmpty());
        } catch (HumException e) {
            refusals.refused("CONTACT_DRAFT_SAVE", "SOURCE", source.id(), label);
            throw e;
        }
    }

    public ContactDraftView draft(String clientId) {
        Viewer viewer = viewers.of(principal);
        ContactDraft draft = own(viewer, clientId);
        Source source = files.resolve(viewer, draft.sourceId(), "contact draft", clientId);
        audit.record("CONTACT_DRAFT_READ", "CONTACT_DRAFT", draft.id(), files.label(source), AuditTrail.SUCCESS);
        return view(source, draft, open(source, draft));
    }

    /** The caller's own drafts, latest saved first (of files they may still see). */
    public List<ContactDraftView> drafts() {
        Viewer viewer = viewers.of(principal);
        List<ContactDraftView> out = new ArrayList<>();
        for (ContactDraft d : records.draftsOf(viewer.userId())) {
            Source source = files.unrestricted(d.sourceId()).filter(s -> !s.isDestroyed())
                    .filter(s -> AccessRule.dominates(viewer, s.label())).orElse(null);
            if (source != null) {
                ContactReportRequest report;
                try {
                    report = open(source, d);
                } catch (HumException unreadable) {
                    report = EMPTY; // listed, so that it can be opened (and told why not) or discarded
                }
                out.add(view(source, d, report));
            }
        }
        audit.record("CONTACT_DRAFTS_READ", "CONTACT_DRAFT", null, null, AuditTrail.SUCCESS);
        return List.copyOf(out);
    }

    public void discard(String clientId) {
        Viewer viewer = viewers.of(principal);
        ContactDraft draft = own(viewer, clientId);
        Source source = files.resolve(viewer, draft.sourceId(), "contact draft", clientId);
        records.remove(draft);
        audit.record("CONTACT_DRAFT_DISCARDED", "CONTACT_DRAFT", draft.id(), files.label(source), AuditTrail.SUCCESS);
    }

    private ContactDraft own(Viewer viewer, String clientId) {
        String client = ContactRules.requireClientId(clientId);
        return records.draft(viewer.userId(), client).orElseThrow(() -> {
            refusals.refused("ACCESS_REFUSED", "CONTACT_DRAFT", client, null);
            return HumException.notFound("contact draft");
        });
    }

    private ContactReportRequest open(Source source, ContactDraft d) {
        String json = cipher.open(source, d.dekVersion(), ContactDraft.ENTITY, ContactDraft.BODY, d.id(), d.body());
        if (json == null || ContactCipher.unreadable(json)) {
            return EMPTY;
        }
        try {
            return DraftCodec.decode(json);
        } catch (IllegalArgumentException unreadable) {
            // opened under its key, but not a draft this version reads: said, never shown as an empty form
            throw new HumException(ErrorCode.INTEGRITY_FAILURE, "This saved draft cannot be read. Discard it "
                    + "(DELETE it, or Discard on the page) and write the report again.");
        }
    }

    private ContactDraftView view(Source source, ContactDraft d, ContactReportRequest report) {
        List<String> warnings = policy.refusals(GuardedAction.RECORD_CONTACT, source.id(),
                        Circumstances.contact(ContactRules.appropriateAdultPresent(report.othersPresent()))).stream()
                .map(r -> r.reason() + " To go on: " + r.remedy()).toList();
        return new ContactDraftView(d.clientId(), source.id(), source.codeName(), d.createdAt(), d.updatedAt(), report, warnings);
    }
}
