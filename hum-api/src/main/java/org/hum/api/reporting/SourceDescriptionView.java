package org.hum.api.reporting;

import org.hum.api.source.AccessKind;

import java.util.List;

/**
 * An approved source description ({@code GET /api/source-descriptions}): the only words a
 * releasable part may use for a source.
 *
 * @param reliabilities the reliability grades (in the profile's scheme) it fits; empty: any
 * @param access        the access it fits; null: either
 */
public record SourceDescriptionView(String id, String text, List<String> reliabilities, AccessKind access,
                                    boolean active) {
}
