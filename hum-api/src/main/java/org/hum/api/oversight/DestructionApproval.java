package org.hum.api.oversight;

import jakarta.validation.constraints.Size;

/**
 * The approval of a destruction request. {@code overrideReason} is needed only while the file's
 * retention period still runs, and only a senior approver may give it; it is kept in the
 * destruction record.
 */
public record DestructionApproval(
        @Size(min = 10, max = 500, message = "must be 10 to 500 characters: why the file is destroyed before its "
                + "retention period ends") String overrideReason) {
}
