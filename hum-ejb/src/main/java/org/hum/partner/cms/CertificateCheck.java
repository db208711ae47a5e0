package org.hum.partner.cms;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * Checks a partner's uploaded certificate before HUM encrypts anything to it, and says what is
 * wrong in words the person uploading it can act on (ask the partner for another certificate, or
 * wait until it is valid). Every problem found is reported, not only the first.
 *
 * <p>The rules: an X.509 certificate in PEM or DER; valid now; an end certificate, not a CA
 * (basicConstraints CA:true); where keyUsage is present it allows keyEncipherment (RSA) or
 * keyAgreement (EC), which the envelope's key transport or key agreement needs; where
 * extendedKeyUsage is present it names emailProtection (S/MIME, what OpenSSL's {@code cms} checks a
 * recipient for) or anyExtendedKeyUsage, so a TLS server's or a code-signing certificate is not
 * taken for an encryption one (docs/domain.md, "The partner exchange"); RSA of at least
 * 2048 bits, or EC on P-256, P-384 or P-521 (the curves OpenSSL and Bouncy Castle both do ECDH on);
 * not signed with SHA-1 or MD5.
 */
public final class CertificateCheck {
    private static final int MIN_RSA_BITS = 2048;
    private static final Map<ASN1ObjectIdentifier, String> CURVES = Map.of(
            SECObjectIdentifiers.secp256r1, "P-256",
            SECObjectIdentifiers.secp384r1, "P-384",
            SECObjectIdentifiers.secp521r1, "P-521");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final int KEY_ENCIPHERMENT = 2;
    private static final int KEY_AGREEMENT = 4;
    private static final String EMAIL_PROTECTION = "1.3.6.1.5.5.7.3.4";
    private static final String ANY_EXTENDED_KEY_USAGE = "2.5.29.37.0";

    /** Why a certificate is refused. */
    public enum Reason {
        NOT_A_CERTIFICATE, NOT_YET_VALID, EXPIRED, CA_CERTIFICATE, KEY_USAGE, WEAK_RSA_KEY, UNSUPPORTED_CURVE,
        UNSUPPORTED_KEY_TYPE, WEAK_SIGNATURE_ALGORITHM, EXTENDED_KEY_USAGE
    }

    /** One problem: its reason and a sentence for the person uploading the certificate. */
    public record Problem(Reason reason, String message) {
    }

    /**
     * The outcome: the parsed certificate (null when it could not be parsed) and the problems found.
     * {@link #accepted()} when there are none.
     */
    public record Verdict(X509Certificate certificate, List<Problem> problems) {
        public Verdict {
            problems = List.copyOf(problems);
        }

        public boolean accepted() {
            return certificate != null && problems.isEmpty();
        }

        public boolean has(Reason reason) {
            return problems.stream().anyMatch(p -> p.reason() == reason);
        }
    }

    private CertificateCheck() {
    }

    /** Checks {@code pemOrDer} as a partner's encryption certificate at the instant {@code now}. */
    public static Verdict check(byte[] pemOrDer, Instant now) {
        Objects.requireNonNull(now, "now");
        X509Certificate certificate = parse(pemOrDer);
        if (certificate == null) {
            return new Verdict(null, List.of(new Problem(Reason.NOT_A_CERTIFICATE,
                    "not an X.509 certificate in PEM or DER")));
        }
        List<Problem> problems = new ArrayList<>();
        validity(certificate, now, problems);
        if (certificate.getBasicConstraints() >= 0) {
            problems.add(new Problem(Reason.CA_CERTIFICATE, "this is a CA certificate (basicConstraints CA:true); "
                    + "ask the partner for their own end certificate, issued by that CA"));
        }
        key(certificate, problems);
        extendedKeyUsage(certificate, problems);
        signatureAlgorithm(certificate, problems);
        return new Verdict(certificate, problems);
    }

    /** The SHA-256 of the certificate's DER, as 64 lowercase hex digits without colons. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint the certificate", e);
        }
    }

    /** A line for a person: subject, issuer, key and validity, e.g. {@code CN=x,O=y (issued by CN=z,O=y; RSA 3072; valid 2026-01-01 00:00 UTC to 2028-01-01 00:00 UTC)}. */
    public static String summary(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName() + " (issued by "
                + certificate.getIssuerX500Principal().getName() + "; " + keyDescription(certificate) + "; valid "
                + DATE.format(certificate.getNotBefore().toInstant()) + " to "
                + DATE.format(certificate.getNotAfter().toInstant()) + ")";
    }

    private static X509Certificate parse(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        try {
            // The JDK's factory reads both DER and PEM ("-----BEGIN CERTIFICATE-----").
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(bytes));
        } catch (GeneralSecurityException | RuntimeException e) {
            return null;
        }
    }

    private static void validity(X509Certificate certificate, Instant now, List<Problem> problems) {
        Instant notBefore = certificate.getNotBefore().toInstant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        if (now.isBefore(notBefore)) {
            problems.add(new Problem(Reason.NOT_YET_VALID, "not valid yet: valid from " + DATE.format(notBefore)
                    + " to " + DATE.format(notAfter)));
        }
        if (now.isAfter(notAfter)) {
            problems.add(new Problem(Reason.EXPIRED, "expired on " + DATE.format(notAfter) + " (valid from "
                    + DATE.format(notBefore) + "); ask the partner for a current certificate"));
        }
    }

    private static void key(X509Certificate certificate, List<Problem> problems) {
        String algorithm = certificate.getPublicKey().getAlgorithm();
        boolean[] usage = certificate.getKeyUsage();
        if ("RSA".equals(algorithm)) {
            int bits = ((RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength();
            if (bits < MIN_RSA_BITS) {
                problems.add(new Problem(Reason.WEAK_RSA_KEY, "the RSA key has " + bits + " bits; at least "
                        + MIN_RSA_BITS + " are needed"));
            }
            if (usage != null && !(usage.length > KEY_ENCIPHERMENT && usage[KEY_ENCIPHERMENT])) {
                problems.add(new Problem(Reason.KEY_USAGE, "the certificate's keyUsage lacks keyEncipherment, "
                        + "so it may not be used to receive encrypted files"));
            }
        } else if ("EC".equals(algorithm) || "ECDSA".equals(algorithm)) {
            if (curveName(certificate) == null) {
                problems.add(new Problem(Reason.UNSUPPORTED_CURVE, "the EC key is not on P-256, P-384 or P-521"));
            }
            if (usage != null && !(usage.length > KEY_AGREEMENT && usage[KEY_AGREEMENT])) {
                problems.add(new Problem(Reason.KEY_USAGE, "the certificate's keyUsage lacks keyAgreement, "
                        + "so it may not be used to receive encrypted files"));
            }
        } else {
            problems.add(new Problem(Reason.UNSUPPORTED_KEY_TYPE, "the key is " + algorithm
                    + "; encrypted files need an RSA or EC key"));
        }
    }

    private static void extendedKeyUsage(X509Certificate certificate, List<Problem> problems) {
        List<String> purposes;
        try {
            purposes = certificate.getExtendedKeyUsage();
        } catch (java.security.cert.CertificateParsingException | RuntimeException e) {
            problems.add(new Problem(Reason.EXTENDED_KEY_USAGE, "the certificate's extendedKeyUsage cannot be read"));
            return;
        }
        if (purposes != null && !purposes.contains(EMAIL_PROTECTION) && !purposes.contains(ANY_EXTENDED_KEY_USAGE)) {
            problems.add(new Problem(Reason.EXTENDED_KEY_USAGE, "the certificate's extendedKeyUsage lacks "
                    + "emailProtection, so it is meant for another use (such as a TLS server) and may not be used to "
                    + "receive encrypted files"));
        }
    }

    private static void signatureAlgorithm(X509Certificate certificate, List<Problem> problems) {
        String name = certificate.getSigAlgName().toUpperCase(Locale.ROOT).replace("-", "");
        if (name.contains("SHA1") || name.contains("MD5") || name.contains("MD2")) {
            problems.add(new Problem(Reason.WEAK_SIGNATURE_ALGORITHM, "the certificate is signed with "
                    + certificate.getSigAlgName() + "; SHA-1 and MD5 signatures are refused, ask for one signed "
                    + "with SHA-256 or stronger"));
        }
    }

    private static String curveName(X509Certificate certificate) {
        SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(certificate.getPublicKey().getEncoded());
        return info.getAlgorithm().getParameters() instanceof ASN1ObjectIdentifier oid ? CURVES.get(oid) : null;
    }

    private static String keyDescription(X509Certificate certificate) {
        if (certificate.getPublicKey() instanceof RSAPublicKey rsa) {
            return "RSA " + rsa.getModulus().bitLength();
        }
        String algorithm = certificate.getPublicKey().getAlgorithm();
        if ("EC".equals(algorithm) || "ECDSA".equals(algorithm)) {
            String curve = curveName(certificate);
            return "EC " + (curve == null ? "(other curve)" : curve);
        }
        return algorithm;
    }
}
