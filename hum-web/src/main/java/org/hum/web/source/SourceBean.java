package org.hum.web.source;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.source.SourceView;
import org.hum.source.boundary.SourceRegistry;
import org.hum.web.platform.PageAction;

/** One source file's page. A file the user may not see reads exactly as one that does not exist. */
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

    public SourceView getSource() {
        if (!loaded) {
            loaded = true;
            if (id == null) { // a postback of a form on the page: the view parameter is applied only later
                java.util.Map<String, String> posted = faces.getExternalContext().getRequestParameterMap();
                id = posted.containsKey("id") ? posted.get("id") : posted.entrySet().stream()
                        .filter(e -> e.getKey().endsWith(":sourceId")).map(java.util.Map.Entry::getValue)
                        .findFirst().orElse(null);
            }
            source = PageAction.onTop(faces).forbidden("Your roles do not include source files.").call(() -> registry.find(id));
        }
        return source;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
