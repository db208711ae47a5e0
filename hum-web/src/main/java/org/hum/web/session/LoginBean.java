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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hum.web.platform.HumAuthenticationMechanism;
import org.hum.web.platform.PasswordAndCode;

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
    private String code;

    public String login() throws IOException {
        ExternalContext ext = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) ext.getRequest(), (HttpServletResponse) ext.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new PasswordAndCode(username == null ? "" : username.strip(),
                                new Password(password == null ? "" : password), code == null || code.isBlank() ? null : code.strip())));
        password = null;
        code = null;
        if (Boolean.TRUE.equals(ext.getRequestMap().get(HumAuthenticationMechanism.MUST_ENROL))) {
            // a right password, and no second factor yet where one is required: enrol before anything else
            ext.redirect(ext.getRequestContextPath() + "/second-factor.xhtml");
            faces.responseComplete();
            return null;
        }
        if (status == AuthenticationStatus.SUCCESS) {
            // a partner has no source register: the portal is their home
            ext.redirect(ext.getRequestContextPath() + (ext.isUserInRole("PARTNER") ? "/partner/index.xhtml" : "/index.xhtml"));
            faces.responseComplete();
            return null;
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Login failed. The username or "
                + "password is wrong, or the second-factor code is missing or wrong (if you enrolled one), or the account "
                + "is paused after repeated failures: try again in a minute.", null));
        return null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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
