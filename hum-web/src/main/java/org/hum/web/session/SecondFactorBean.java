package org.hum.web.session;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.hum.api.auth.SecondFactorEnrolment;
import org.hum.api.error.HumException;
import org.hum.login.boundary.SecondFactors;
import org.hum.web.platform.HumAuthenticationMechanism;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Enrolling a second factor (docs/operations.md, "Second factor"): for a user whose password was
 * just right but who must enrol before they are logged in (the login page sends them here), or a
 * logged-in user who enrols of their own accord. The secret is shown once, as base32 and as an
 * {@code otpauth://} URI; a first code confirms it, and the ten recovery codes are shown once.
 * Confirming logs in the user who had to enrol (with a new session id).
 */
@Named
@ViewScoped
public class SecondFactorBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    SecondFactors secondFactors; // a session bean's reference: it moves with the view to another instance

    private boolean pendingLogin;
    private boolean enrolled;
    private String account;
    private String secret;
    private String uri;
    private String code;
    private List<String> recoveryCodes;

    /** On the first rendering: a new secret, unless the user is enrolled already. */
    public void start() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        String userId = userId(faces);
        if (userId == null) {
            return;
        }
        if (!pendingLogin && secondFactors.enrolled(userId)) {
            enrolled = true;
            return;
        }
        try {
            SecondFactorEnrolment enrolment = secondFactors.begin(userId);
            account = enrolment.account();
            secret = enrolment.secret();
            uri = enrolment.otpauthUri();
        } catch (HumException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public String confirm() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        String userId = userId(faces);
        if (userId == null) {
            return null;
        }
        try {
            List<String> codes = secondFactors.confirm(userId, code == null ? "" : code.strip()).orElse(null);
            code = null;
            if (codes == null) {
                faces.addMessage("enrol:code", new FacesMessage(FacesMessage.SEVERITY_ERROR, "The code is wrong or was "
                        + "used already: type the six digits your authenticator shows now for this secret.", null));
                return null;
            }
            recoveryCodes = codes;
            secret = null;
            uri = null;
            enrolled = true;
            if (pendingLogin) {
                HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
                request.changeSessionId();
                HttpSession session = request.getSession();
                session.removeAttribute(HumAuthenticationMechanism.SESSION_ENROLLING);
                session.removeAttribute(HumAuthenticationMechanism.SESSION_ENROLLING_SINCE);
                session.setAttribute(HumAuthenticationMechanism.SESSION_USER, userId);
                pendingLogin = false;
            }
        } catch (HumException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        return null;
    }

    /** The logged-in user, or the one enrolling after a right password; neither sends the browser to the login page. */
    private String userId(FacesContext faces) throws IOException {
        ExternalContext ext = faces.getExternalContext();
        HttpSession session = (HttpSession) ext.getSession(false);
        if (session != null && session.getAttribute(HumAuthenticationMechanism.SESSION_USER) instanceof String id
                && ext.getUserPrincipal() != null) {
            return id;
        }
        if (session != null && session.getAttribute(HumAuthenticationMechanism.SESSION_ENROLLING) instanceof String id
                && session.getAttribute(HumAuthenticationMechanism.SESSION_ENROLLING_SINCE) instanceof Instant since
                && Instant.now().isBefore(since.plus(HumAuthenticationMechanism.ENROLMENT_WINDOW))) {
            pendingLogin = true;
            return id;
        }
        ext.redirect(ext.getRequestContextPath() + HumAuthenticationMechanism.LOGIN_PAGE);
        faces.responseComplete();
        return null;
    }

    public boolean isPendingLogin() {
        return pendingLogin;
    }

    public boolean isEnrolled() {
        return enrolled;
    }

    public String getAccount() {
        return account;
    }

    public String getSecret() {
        return secret;
    }

    public String getUri() {
        return uri;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
