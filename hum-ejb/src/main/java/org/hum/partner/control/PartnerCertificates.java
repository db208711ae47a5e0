package org.hum.partner.control;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

/** A stored certificate (DER, checked when it was uploaded) read back. */
public final class PartnerCertificates {
    private PartnerCertificates() {
    }

    public static X509Certificate parse(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalStateException("a stored partner certificate cannot be read", e);
        }
    }
}
