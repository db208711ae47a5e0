package org.hum.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.error.HumException;
import org.hum.api.source.SourceView;
import org.hum.source.boundary.SourceRegistry;

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
            if (id == null) { // a postback of a form on the page (the status panel) carries the id as a parameter
                id = faces.getExternalContext().getRequestParameterMap().get("id");
            }
            try {
                source = registry.find(id);
            } catch (HumException e) {
                Messages.error(faces, e.getMessage());
            } catch (jakarta.ejb.EJBAccessException | jakarta.ejb.AccessLocalException e) {
                Messages.error(faces, "Your roles do not include source files.");
            }
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
