package org.hum.web.platform;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** The login form's credentials: a username and password, and the second-factor code if one was typed. */
public class PasswordAndCode extends UsernamePasswordCredential {
    private final String code;

    public PasswordAndCode(String username, Password password, String code) {
        super(username, password);
        this.code = code;
    }

    /** Six digits of the authenticator, or a recovery code, or null. */
    public String code() {
        return code;
    }
}
