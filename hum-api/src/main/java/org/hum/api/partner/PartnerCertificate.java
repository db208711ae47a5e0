package org.hum.api.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code PUT /api/admin/partners/{id}/certificate}: the organisation's X.509 certificate in PEM. */
public record PartnerCertificate(
        @NotBlank(message = "is required: the certificate in PEM (-----BEGIN CERTIFICATE-----...)")
        @Size(max = 20_000, message = "must be at most 20,000 characters")
        String pem) {
}
