package org.hum.partner.cms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedData;
import org.bouncycastle.cms.CMSEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.Recipient;
import org.bouncycastle.cms.RecipientInfoGenerator;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaAlgorithmParametersConverter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.hum.crypto.control.CryptoProviders;

/**
 * Makes and opens the partner exchange's files: a CMS SignedData (HUM's signature over the report,
 * the signer's certificate and chain included, the content encapsulated) inside a CMS EnvelopedData
 * (AES-256-CBC) addressed to the partner's certificate.
 *
 * <p>The shape is the one checked against OpenSSL 3.0 (docs/architecture.md, "Stack"), so a partner
 * opens a file with stock tools:
 * {@code openssl cms -decrypt -inform DER -in f.p7m -recip partner.crt -inkey partner.key | openssl cms
 * -verify -inform DER -CAfile ca.crt}. Two details make that work: the envelope's content is the
 * DER of the whole SignedData ContentInfo under content type {@code id-data} (what the second command
 * reads), and an RSA recipient's OAEP parameters name SHA-256 and MGF1 with SHA-256 explicitly (the
 * JDK's OAEP defaults to MGF1 with SHA-1, which a receiver reading the parameters would then use).
 * An EC recipient gets ephemeral-static ECDH ({@code dhSinglePass-stdDH-sha256kdf-scheme}) with
 * AES-256 key wrap.
 *
 * <p>What protects what: EnvelopedData with AES-CBC gives confidentiality only; integrity comes from
 * the signature inside, which {@link #open} always checks. A flipped bit therefore either breaks the
 * signature (or the structure) or lands in bytes nothing relies on (an unused copy of the CA
 * certificate, the envelope's content-type label); it never yields different content.
 *
 * <p>Stateless and thread-safe. Bouncy Castle is named as a provider object, never looked up by name.
 */
public class CmsPackager {
    private static final OAEPParameterSpec OAEP_SHA256 = new OAEPParameterSpec("SHA-256", "MGF1",
            MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);

    private final Provider provider = CryptoProviders.bouncyCastle();

    /**
     * Signs {@code content} as {@code signer} and envelopes the result to {@code recipient}.
     *
     * @return the DER (not BER: definite lengths throughout) of a CMS ContentInfo holding EnvelopedData
     */
    public byte[] signAndEncrypt(byte[] content, SigningIdentity signer, X509Certificate recipient) {
        return encrypt(sign(content, signer), recipient);
    }

    /** The DER of a SignedData ContentInfo with {@code content} encapsulated. */
    public byte[] sign(byte[] content, SigningIdentity signer) {
        try {
            ContentSigner contentSigner = new JcaContentSignerBuilder(signatureAlgorithm(signer.key()))
                    .setProvider(provider).build(signer.key());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(provider).build())
                    .build(contentSigner, signer.certificate()));
            List<X509Certificate> certificates = new ArrayList<>();
            certificates.add(signer.certificate());
            certificates.addAll(signer.chain());
            generator.addCertificates(new JcaCertStore(certificates));
            return generator.generate(new CMSProcessableByteArray(content), true).getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | GeneralSecurityException | CMSException | IOException e) {
            throw new PartnerCmsException("cannot sign: " + e.getMessage(), e);
        }
    }

    /** The DER of an EnvelopedData ContentInfo (AES-256-CBC) holding {@code data} for {@code recipient}. */
    public byte[] encrypt(byte[] data, X509Certificate recipient) {
        try {
            CMSEnvelopedDataGenerator generator = new CMSEnvelopedDataGenerator();
            generator.addRecipientInfoGenerator(recipientInfo(recipient));
            return generator.generate(new CMSProcessableByteArray(data),
                    new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_CBC).setProvider(provider).build())
                    .toASN1Structure().getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | CMSException | IOException e) {
            throw new PartnerCmsException("cannot encrypt to the recipient's certificate: " + e.getMessage(), e);
        }
    }

    /**
     * Opens a file made by {@link #signAndEncrypt} (by HUM or by a partner): decrypts it with
     * {@code key}, the private key of {@code cert}, then verifies every signature and that each
     * signer's certificate chains, through the certificates included in the file, to {@code trustedCa}.
     *
     * @return the signed content
     * @throws PartnerCmsException naming the step that failed
     */
    public byte[] open(byte[] der, PrivateKey key, X509Certificate cert, X509Certificate trustedCa) {
        byte[] signedData = decrypt(der, key, cert);
        return verify(signedData, trustedCa);
    }

    /** The content of an EnvelopedData addressed to {@code cert}, decrypted with its key. */
    public byte[] decrypt(byte[] der, PrivateKey key, X509Certificate cert) {
        try {
            return decryptParsed(der, key, cert);
        } catch (PartnerCmsException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PartnerCmsException("not a well-formed CMS EnvelopedData file", e);
        }
    }

    private byte[] decryptParsed(byte[] der, PrivateKey key, X509Certificate cert) {
        CMSEnvelopedData enveloped;
        try {
            enveloped = new CMSEnvelopedData(der);
        } catch (CMSException | RuntimeException e) {
            throw new PartnerCmsException("not a CMS EnvelopedData file", e);
        }
        RecipientInformation mine;
        try {
            X509CertificateHolder holder = new X509CertificateHolder(cert.getEncoded());
            mine = enveloped.getRecipientInfos().getRecipients().stream()
                    .filter(r -> r.getRID().match(holder))
                    .findFirst()
                    .orElseThrow(() -> new PartnerCmsException("the file is not addressed to this certificate"));
        } catch (GeneralSecurityException | IOException e) {
            throw new PartnerCmsException("cannot read the recipient certificate", e);
        }
        try {
            return mine.getContent(recipient(key));
        } catch (CMSException | RuntimeException e) {
            throw new PartnerCmsException("cannot decrypt the file with this key", e);
        }
    }

    /** The content of a SignedData whose every signer verifies and chains to {@code trustedCa}. */
    public byte[] verify(byte[] signedDer, X509Certificate trustedCa) {
        try {
            return verifyParsed(signedDer, trustedCa);
        } catch (PartnerCmsException e) {
            throw e;
        } catch (RuntimeException e) {
            // Bouncy Castle parses lazily: a damaged certificate or SignerInfo surfaces only when read.
            throw new PartnerCmsException("the decrypted content is not a well-formed CMS SignedData", e);
        }
    }

    private byte[] verifyParsed(byte[] signedDer, X509Certificate trustedCa) {
        CMSSignedData signed;
        try {
            signed = new CMSSignedData(signedDer);
        } catch (CMSException | RuntimeException e) {
            throw new PartnerCmsException("the decrypted content is not a CMS SignedData", e);
        }
        Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
        if (signers.isEmpty()) {
            throw new PartnerCmsException("the file carries no signature");
        }
        if (signed.getSignedContent() == null) {
            throw new PartnerCmsException("the file carries no content (detached signature)");
        }
        Collection<X509CertificateHolder> included = signed.getCertificates().getMatches(null);
        for (SignerInformation signer : signers) {
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(signer.getSID());
            if (matches.size() != 1) {
                throw new PartnerCmsException("the signer's certificate is not included in the file");
            }
            X509CertificateHolder signerCert = matches.iterator().next();
            boolean valid;
            try {
                valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(provider).build(signerCert));
            } catch (OperatorCreationException | CMSException | GeneralSecurityException | RuntimeException e) {
                throw new PartnerCmsException("the signature does not verify", e);
            }
            if (!valid) {
                throw new PartnerCmsException("the signature does not verify");
            }
            validatePath(signerCert, included, trustedCa);
        }
        return (byte[]) signed.getSignedContent().getContent();
    }

    private void validatePath(X509CertificateHolder signerCert, Collection<X509CertificateHolder> included,
                              X509Certificate trustedCa) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<X509Certificate> path = new ArrayList<>();
            X509CertificateHolder current = signerCert;
            for (int depth = 0; depth < 8; depth++) {
                path.add(jdk(factory, current.getEncoded()));
                if (current.getIssuer().equals(x500(trustedCa))) {
                    break;
                }
                X509CertificateHolder here = current;
                current = included.stream()
                        .filter(c -> c.getSubject().equals(here.getIssuer()) && !c.getSubject().equals(c.getIssuer()))
                        .findFirst()
                        .orElseThrow(() -> new PartnerCmsException(
                                "the signer's certificate does not chain to the trusted CA"));
            }
            CertPath certPath = factory.generateCertPath(path);
            PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(
                    jdk(factory, trustedCa.getEncoded()), null)));
            parameters.setRevocationEnabled(false);
            CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
        } catch (GeneralSecurityException | IOException e) {
            throw new PartnerCmsException("the signer's certificate does not chain to the trusted CA: "
                    + e.getMessage(), e);
        }
    }

    private static org.bouncycastle.asn1.x500.X500Name x500(X509Certificate certificate) {
        return org.bouncycastle.asn1.x500.X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    }

    private static X509Certificate jdk(CertificateFactory factory, byte[] der) throws GeneralSecurityException {
        return (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der));
    }

    private RecipientInfoGenerator recipientInfo(X509Certificate recipient) throws GeneralSecurityException {
        String algorithm = recipient.getPublicKey().getAlgorithm();
        if ("RSA".equals(algorithm)) {
            AlgorithmIdentifier oaep = new JcaAlgorithmParametersConverter()
                    .getAlgorithmIdentifier(PKCSObjectIdentifiers.id_RSAES_OAEP, OAEP_SHA256);
            return new JceKeyTransRecipientInfoGenerator(recipient, oaep).setProvider(provider);
        }
        if ("EC".equals(algorithm) || "ECDSA".equals(algorithm)) {
            KeyPair ephemeral = ephemeralOnCurveOf(recipient);
            return new JceKeyAgreeRecipientInfoGenerator(CMSAlgorithm.ECDH_SHA256KDF, ephemeral.getPrivate(),
                    ephemeral.getPublic(), CMSAlgorithm.AES256_WRAP)
                    .addRecipient(recipient)
                    .setProvider(provider);
        }
        throw new PartnerCmsException("cannot encrypt to a " + algorithm + " key: the recipient needs RSA or EC");
    }

    private KeyPair ephemeralOnCurveOf(X509Certificate recipient) throws GeneralSecurityException {
        SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(recipient.getPublicKey().getEncoded());
        if (!(info.getAlgorithm().getParameters() instanceof ASN1ObjectIdentifier curve)) {
            throw new PartnerCmsException("the recipient's EC key does not name its curve");
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", provider);
        generator.initialize(new ECGenParameterSpec(curve.getId()));
        return generator.generateKeyPair();
    }

    private Recipient recipient(PrivateKey key) {
        String algorithm = key.getAlgorithm();
        if ("RSA".equals(algorithm)) {
            return new JceKeyTransEnvelopedRecipient(key).setProvider(provider);
        }
        if ("EC".equals(algorithm) || "ECDSA".equals(algorithm) || "ECDH".equals(algorithm)) {
            return new JceKeyAgreeEnvelopedRecipient(key).setProvider(provider);
        }
        throw new PartnerCmsException("cannot decrypt with a " + algorithm + " key");
    }

    static String signatureAlgorithm(PrivateKey key) {
        return switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC", "ECDSA" -> "SHA256withECDSA";
            default -> throw new PartnerCmsException("cannot sign with a " + key.getAlgorithm() + " key");
        };
    }
}
