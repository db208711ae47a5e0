package org.hum.api.auth;

/**
 * A second factor being enrolled: its secret in base32 and as an {@code otpauth://} URI for an
 * authenticator app. Shown once; confirm it with a first code.
 */
public record SecondFactorEnrolment(String account, String secret, String otpauthUri) {
    @Override
    public String toString() {
        return "SecondFactorEnrolment[account=" + account + ", secret=***]";
    }
}
