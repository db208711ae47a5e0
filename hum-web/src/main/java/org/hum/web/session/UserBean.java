package org.hum.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.hum.login.boundary.Authentication;

import java.io.IOException;
import java.security.Principal;

/** Who is logged in to the UI, which of their roles matter to a page, and logging out. */
@Named
@RequestScoped
public class UserBean {
    private static final String[] SOURCE_READERS = {"CASE_OFFICER", "CONTROLLER", "AUTHORISING_OFFICER",
            "COMPLIANCE_REVIEWER", "REPORTS_OFFICER"};

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    Authentication authentication;

    public String getUsername() {
        Principal p = security.getCallerPrincipal();
        return p == null ? null : p.getName();
    }

    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null;
    }

    public boolean isSourceReader() {
        for (String role : SOURCE_READERS) {
            if (security.isCallerInRole(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean isRegistrar() {
        return security.isCallerInRole("CASE_OFFICER") || security.isCallerInRole("CONTROLLER");
    }

    public boolean isAdmin() {
        return security.isCallerInRole("ADMIN");
    }

    public boolean isReviewer() {
        return security.isCallerInRole("COMPLIANCE_REVIEWER");
    }

    public void logout() throws ServletException, IOException {
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        authentication.sessionEnded(getUsername());
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        ext.redirect(ext.getRequestContextPath() + "/login.xhtml");
        faces.responseComplete();
    }
}
