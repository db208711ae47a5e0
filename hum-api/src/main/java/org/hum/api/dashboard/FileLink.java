package org.hum.api.dashboard;

import java.util.Objects;

/**
 * Where a dashboard line is dealt with, as a typed target: a page of a source file, and for a
 * contact draft the draft itself. The web tier turns it into the link it shows and returns
 * ({@link PageLinks}); hum-ejb writes no UI path.
 *
 * @param page     which page of the file
 * @param sourceId the file
 * @param draftId  a contact draft's client id, or null
 */
public record FileLink(Page page, String sourceId, String draftId) {
    /** The pages of a source file a dashboard line can lead to. */
    public enum Page { FILE, AUTHORISATIONS, VALIDATION, TASKINGS, CONTACTS, PAYMENTS }

    public FileLink {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(sourceId, "sourceId");
    }

    public static FileLink to(Page page, String sourceId) {
        return new FileLink(page, sourceId, null);
    }
}
