package org.hum.api.contact;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * {@code POST /api/sources/{id}/contact-reports}: a contact, submitted (immutable from then
 * on). Also the content of a draft ({@code PUT /api/contact-drafts/{clientId}}), where nothing
 * is required yet. Place, narrative, the descriptions of others present, the concerns and the
 * items' texts are stored only encrypted under the source file's key.
 *
 * @param occurredAt      when the contact took place
 * @param method          MEETING, CALL, MESSAGE or OTHER
 * @param place           where (encrypted); optional for a call or message
 * @param durationMinutes how long, in minutes
 * @param narrative       what happened (encrypted)
 * @param presentUsers    users present, by username (the recording officer need not be named)
 * @param othersPresent   others present, each with a role (an appropriate adult for a juvenile)
 * @param items           the intelligence items obtained, each graded
 * @param welfareConcern  a welfare concern was raised: updates the risk assessment and alerts the controllers
 * @param welfareText     the concern (encrypted): required when raised
 * @param securityConcern a security concern was raised: as a welfare concern
 * @param securityText    the concern (encrypted): required when raised
 * @param nextContactAt   the next contact planned, if any: a contact falls due then
 * @param idempotencyKey  the client's key for this submission (or the header {@code Idempotency-Key}):
 *                        submitting the same report again with it answers the report already made
 * @param draftId         the client id of the draft this submits: discarded once the report is made
 */
public record ContactReportRequest(
        @NotNull(message = "is required: when the contact took place (an ISO-8601 instant)")
        Instant occurredAt,

        @NotNull(message = "is required: MEETING, CALL, MESSAGE or OTHER")
        ContactMethod method,

        @Size(max = 500, message = "must be at most 500 characters")
        String place,

        @NotNull(message = "is required: how long the contact lasted, in minutes")
        @Min(value = 0, message = "must be 0 or more minutes")
        @Max(value = 1440, message = "must be at most 1440 minutes (one day)")
        Integer durationMinutes,

        @NotBlank(message = "is required: what happened at the contact (stored encrypted)")
        @Size(max = 50000, message = "must be at most 50000 characters")
        String narrative,

        @Size(max = 20, message = "must name at most 20 users")
        List<@NotBlank(message = "must be a username") @Size(max = 64, message = "must be a username") String> presentUsers,

        @Size(max = 20, message = "must describe at most 20 others")
        List<@NotNull(message = "must be a person present") @Valid OtherPresent> othersPresent,

        @Size(max = 50, message = "must hold at most 50 items")
        List<@NotNull(message = "must be an intelligence item") @Valid IntelligenceItemInput> items,

        boolean welfareConcern,

        @Size(max = 5000, message = "must be at most 5000 characters")
        String welfareText,

        boolean securityConcern,

        @Size(max = 5000, message = "must be at most 5000 characters")
        String securityText,

        Instant nextContactAt,

        @Size(max = 128, message = "must be at most 128 characters")
        String idempotencyKey,

        @Size(max = 64, message = "must be at most 64 characters")
        String draftId) {

    public ContactReportRequest {
        presentUsers = presentUsers == null ? List.of() : List.copyOf(presentUsers);
        othersPresent = othersPresent == null ? List.of() : List.copyOf(othersPresent);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The same content with another idempotency key and draft id. */
    public ContactReportRequest withKeys(String idempotencyKey, String draftId) {
        return new ContactReportRequest(occurredAt, method, place, durationMinutes, narrative, presentUsers, othersPresent,
                items, welfareConcern, welfareText, securityConcern, securityText, nextContactAt, idempotencyKey, draftId);
    }

    @Override
    public String toString() {
        return "ContactReportRequest[occurredAt=" + occurredAt + ", method=" + method + ", items=" + items.size() + "]";
    }
}
