package org.hum.api.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hum.api.admin.NewUser;

/**
 * {@code POST /api/admin/partners/{id}/accounts}: a PARTNER account of that organisation, a person
 * who uses the portal or a machine (a TAXII client) that logs in with HTTP Basic.
 */
public record NewPartnerAccount(
        @NotBlank(message = "is required")
        @Pattern(regexp = NewUser.USERNAME, message = NewUser.USERNAME_RULE)
        String username,

        @NotBlank(message = "is required")
        @Size(max = 200, message = "must be at most 200 characters")
        String displayName,

        @NotNull(message = "is required: true for a TAXII client, false for a person")
        Boolean machine,

        @NotNull(message = "is required")
        @Size(min = 12, max = 256, message = "must be 12 to 256 characters")
        String password) {

    @Override
    public String toString() {
        return "NewPartnerAccount[username=" + username + ", machine=" + machine + ", password=***]";
    }
}
