package org.hum.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** The login form: hands the credentials to HUM's authentication mechanism. */
@Named
@RequestScoped
public class LoginBean {
    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private String username;
    private String password;

    public String login() throws IOException {
        ExternalContext ext = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) ext.getRequest(), (HttpServletResponse) ext.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.strip(),
                                new Password(password == null ? "" : password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            // a partner has no source register: the portal is their home
            ext.redirect(ext.getRequestContextPath() + (ext.isUserInRole("PARTNER") ? "/partner/index.xhtml" : "/index.xhtml"));
            faces.responseComplete();
            return null;
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Login failed. The username or "
                + "password is wrong, or the account is paused after repeated failures: try again in a minute.", null));
        return null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
