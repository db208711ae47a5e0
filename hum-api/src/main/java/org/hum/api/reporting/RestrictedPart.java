package org.hum.api.reporting;

import java.util.List;

/**
 * Above the tearline: shown only to a caller who may see every file the report draws on.
 *
 * @param items the contact items it rests on
 * @param notes the author's notes
 */
public record RestrictedPart(List<ReportItemView> items, String notes) {
}
