package org.hum.api.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hum.api.reporting.PartnerKind;

import java.util.List;

/**
 * {@code POST /api/admin/partners}: a partner organisation. Its name is what reports name as a
 * recipient; its kind decides which reports' releasability reaches it.
 *
 * @param pushUrl where releases and recalls are posted (http or https), or null to pull only
 */
public record NewPartnerOrg(
        @NotBlank(message = "is required")
        @Size(max = 120, message = "must be at most 120 characters")
        String name,

        @NotNull(message = "is required: FEDERAL, STATE, TERRITORIAL, LOCAL or TRIBAL")
        PartnerKind kind,

        @NotBlank(message = "is required: the area the organisation covers")
        @Size(max = 200, message = "must be at most 200 characters")
        String jurisdiction,

        @Size(max = 100, message = "must name at most 100 ports of entry")
        List<@NotBlank(message = "must be a port of entry's code (GET /api/ports-of-entry)") @Size(max = 32, message = "must be a port of entry's code (GET /api/ports-of-entry)") String> ports,

        @NotBlank(message = "is required: a duty desk or a person's work address")
        @Size(max = 200, message = "must be at most 200 characters")
        String contact,

        @Size(max = 500, message = "must be at most 500 characters")
        @Pattern(regexp = "https?://[^\\s]+", message = "must be an http:// or https:// address")
        String pushUrl) {
}
