package org.hum.web.source;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.source.SourceView;
import org.hum.source.boundary.SourceRegistry;
import org.hum.web.platform.PageAction;

/**
 * One source file's page. A file the user may not see reads exactly as one that does not exist.
 * The true identity stays sealed until the user presses "Show identity" (a POST carrying
 * {@link #REVEAL}): only then is it read, decrypted and audited, as {@code GET /api/sources/{id}} does.
 */
@Named
@RequestScoped
public class SourceBean {
    @Inject
    SourceRegistry registry;

    @Inject
    FacesContext faces;

    private String id;
    private SourceView source;
    private boolean loaded;

    /** The "Show identity" button's client id: its presence in a POST asks for the identity. */
    static final String REVEAL = "reveal:show-identity";

    public SourceView getSource() {
        if (!loaded) {
            loaded = true;
            if (id == null) { // a postback of a form on the page: the view parameter is applied only later
                java.util.Map<String, String> posted = faces.getExternalContext().getRequestParameterMap();
                id = posted.containsKey("id") ? posted.get("id") : posted.entrySet().stream()
                        .filter(e -> e.getKey().endsWith(":sourceId")).map(java.util.Map.Entry::getValue)
                        .findFirst().orElse(null);
            }
            boolean reveal = faces.getExternalContext().getRequestParameterMap().containsKey(REVEAL);
            source = PageAction.onTop(faces).forbidden("Your roles do not include source files.")
                    .call(() -> reveal ? registry.find(id) : registry.findIdentityWithheld(id));
        }
        return source;
    }

    /** The "Show identity" action: the identity was read with the page (see {@link #getSource()}); stay on it. */
    public String showIdentity() {
        return null;
    }

    /** Whether the page shows the identity: the user asked, and may see it. */
    public boolean isIdentityShown() {
        return getSource() != null && getSource().identity() != null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
