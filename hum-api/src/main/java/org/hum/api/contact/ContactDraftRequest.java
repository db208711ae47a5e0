package org.hum.api.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code PUT /api/contact-drafts/{clientId}}: saves (creates or replaces) a draft as its author
 * types. Nothing of the report is required yet; a draft is encrypted like a report and seen only
 * by its author.
 *
 * @param sourceId the source file the contact was with (a draft belongs to one file)
 * @param report   what has been typed so far (may be partial)
 */
public record ContactDraftRequest(
        @NotBlank(message = "is required: the source file the contact was with")
        @Size(max = 64, message = "must be a source id")
        String sourceId,

        ContactReportRequest report) {

    @Override
    public String toString() {
        return "ContactDraftRequest[sourceId=" + sourceId + "]";
    }
}
