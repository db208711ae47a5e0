package org.hum.web.oversight;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.dashboard.NewWorkspaceMark;
import org.hum.api.dashboard.WorkspaceLineView;
import org.hum.api.dashboard.WorkspaceView;
import org.hum.dashboard.boundary.Workspace;
import org.hum.web.dashboard.FilePageLinks;
import org.hum.web.platform.PageAction;

import java.io.IOException;
import java.util.List;

/**
 * The compliance workspace page: every line a reviewer works through, each linking to its file,
 * each marked as seen with a note (one form per line).
 */
@Named
@RequestScoped
public class WorkspacePage {
    static final String MARK_FORM = "mark";
    private static final String FORBIDDEN = "The compliance workspace is for compliance reviewers.";

    @Inject
    Workspace workspace;

    @Inject
    FacesContext faces;

    private WorkspaceView view;
    private String key;
    private String note;

    public WorkspaceView getView() {
        if (view == null) {
            view = PageAction.onTop(faces).forbidden(FORBIDDEN).call(() -> workspace.mine(FilePageLinks.LINKS));
        }
        return view;
    }

    /** The lines a note can be kept for: those of a file or a prospect. */
    public List<WorkspaceLineView> getMarkable() {
        return getView() == null ? List.of() : getView().lines().stream()
                .filter(l -> l.sourceId() != null || "PROSPECT".equals(l.objectType())).toList();
    }

    public String mark() throws IOException {
        return PageAction.on(faces, MARK_FORM).done(() -> workspace.mark(new NewWorkspaceMark(key, note), FilePageLinks.LINKS),
                "The line was marked as seen, with your note.", "/oversight/workspace.xhtml?faces-redirect=true");
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
