package org.hum.web.dashboard;

import org.hum.api.dashboard.FileLink;
import org.hum.api.dashboard.PageLinks;

/**
 * The pages of a source file, as links relative to the application root: what the dashboard
 * shows for a line and what {@code GET /api/dashboard} returns as its {@code link}.
 */
public final class FilePageLinks implements PageLinks {
    public static final FilePageLinks LINKS = new FilePageLinks();

    private FilePageLinks() {
    }

    @Override
    public String href(FileLink target) {
        String page = switch (target.page()) {
            case FILE -> "sources/view.xhtml";
            case AUTHORISATIONS -> "sources/authorisations.xhtml";
            case VALIDATION -> "sources/validation.xhtml";
            case TASKINGS -> "sources/taskings.xhtml";
            case CONTACTS -> "sources/contacts.xhtml";
            case PAYMENTS -> "sources/payments.xhtml";
        };
        return page + "?id=" + target.sourceId() + (target.draftId() == null ? "" : "&draft=" + target.draftId());
    }
}
