package org.hum.api.reporting;

import java.util.List;

/**
 * Above the tearline: shown only to a caller who may see every file the report draws on.
 *
 * @param items the contact items it rests on
 * @param notes the author's notes
 * @param files the label of each file drawn on, in the order of its first item (the report's own
 *              label is their combination)
 */
public record RestrictedPart(List<ReportItemView> items, String notes, List<DrawnFile> files) {

    /** A file a report draws on, by id, with its own label. */
    public record DrawnFile(String sourceId, String level, List<String> compartments) {
    }

    public RestrictedPart {
        items = List.copyOf(items);
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** Without the files' labels. */
    public RestrictedPart(List<ReportItemView> items, String notes) {
        this(items, notes, List.of());
    }
}
