package org.hum.api.reporting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hum.api.source.AccessKind;

import java.util.List;

/** {@code POST /api/source-descriptions} (controllers): a phrase, and the grades and access it fits. */
public record NewSourceDescription(
        @NotBlank(message = "is required: the phrase, such as \"a source with direct access who has reported reliably in the past\"")
        @Size(max = 300, message = "must be at most 300 characters")
        String text,

        @Size(max = 10, message = "must name at most 10 grades")
        List<@NotBlank(message = "must be a grade") @Size(max = 4, message = "must be a grade") String> reliabilities,

        AccessKind access) {
}
