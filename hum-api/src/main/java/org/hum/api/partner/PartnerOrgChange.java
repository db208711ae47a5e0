package org.hum.api.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * {@code PUT /api/admin/partners/{id}}: what may change of an organisation; a field left out (null)
 * stays as it is. {@code pushUrl} "" stops pushing. An inactive organisation receives nothing new
 * and its accounts read nothing.
 */
public record PartnerOrgChange(
        @Size(min = 1, max = 200, message = "must be 1 to 200 characters")
        String jurisdiction,

        @Size(max = 100, message = "must name at most 100 ports of entry")
        List<@NotBlank(message = "must be a port of entry's code (GET /api/ports-of-entry)") @Size(max = 32, message = "must be a port of entry's code (GET /api/ports-of-entry)") String> ports,

        @Size(min = 1, max = 200, message = "must be 1 to 200 characters")
        String contact,

        @Size(max = 500, message = "must be at most 500 characters")
        @Pattern(regexp = "|https?://[^\\s]+", message = "must be an http:// or https:// address, or empty to stop pushing")
        String pushUrl,

        Boolean active) {
}
