package org.hum.api.reporting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /api/reports} (a new draft) and {@code PUT /api/reports/{id}} (the draft,
 * or after release a new version). Above the tearline: the items it rests on and the author's
 * notes. Below it: the releasable text, subject, area, ports, the day it concerns (kept only to
 * the rule profile's report date precision), the approved source description, and the markings.
 *
 * @param title               what the report is about; checked like the releasable part
 * @param itemIds             the contact items it rests on (ids from {@code /api/reports/available-items})
 * @param notes               the author's notes (restricted; stored encrypted)
 * @param releasableText      the text that may leave (stored encrypted; checked)
 * @param subject             the subject matter, in a few words (checked)
 * @param area                the area concerned, in words (checked)
 * @param ports               the ports of entry concerned
 * @param concerning          the day the intelligence concerns; stored and shown to the profile's precision
 * @param sourceDescriptionId an approved source description fitting every source drawn on
 * @param tlp                 CLEAR, GREEN, AMBER, AMBER+STRICT or RED
 * @param releasableTo        the partner kinds it may go to (not with TLP:RED)
 * @param recipients          named partner organisations (required, and the only recipients, with TLP:RED)
 * @param purpose             why it is released (recorded in the dissemination log)
 */
public record ReportDraft(
        @NotBlank(message = "is required: what the report is about")
        @Size(max = 200, message = "must be at most 200 characters")
        String title,

        @NotEmpty(message = "is required: the contact items the report rests on")
        @Size(max = 50, message = "must name at most 50 items")
        List<@NotBlank(message = "must be an item id") @Size(max = 36, message = "must be an item id") String> itemIds,

        @Size(max = 10000, message = "must be at most 10000 characters")
        String notes,

        @NotBlank(message = "is required: the text that may leave")
        @Size(max = 20000, message = "must be at most 20000 characters")
        String releasableText,

        @Size(max = 200, message = "must be at most 200 characters")
        String subject,

        @Size(max = 200, message = "must be at most 200 characters")
        String area,

        @Size(max = 100, message = "must name at most 100 ports")
        List<@NotBlank(message = "must be a port of entry's code (GET /api/ports-of-entry)") @Size(max = 32, message = "must be a port of entry's code (GET /api/ports-of-entry)") String> ports,

        LocalDate concerning,

        @Size(max = 36, message = "must be a source description id")
        String sourceDescriptionId,

        @NotBlank(message = "is required: CLEAR, GREEN, AMBER, AMBER+STRICT or RED")
        @Pattern(regexp = Tlp.WIRE_PATTERN, message = "must be CLEAR, GREEN, AMBER, AMBER+STRICT or RED")
        String tlp,

        @Size(max = 5, message = "must name at most the 5 partner kinds")
        List<PartnerKind> releasableTo,

        @Size(max = 50, message = "must name at most 50 recipients")
        List<@NotBlank(message = "must be a partner organisation's name") @Size(max = 120, message = "must be at most 120 characters") String> recipients,

        @Size(max = 200, message = "must be at most 200 characters")
        String purpose) {

    @Override
    public String toString() {
        return "ReportDraft[***]";
    }
}
