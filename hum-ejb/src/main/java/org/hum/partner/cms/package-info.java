/**
 * The partner exchange's files and certificates (docs/architecture.md, "Stack": Bouncy Castle for
 * CMS and X.509): {@link org.hum.partner.cms.CmsPackager} signs a report with HUM's key and envelopes
 * it to a partner's certificate so that stock {@code openssl cms -decrypt | openssl cms -verify}
 * opens it; {@link org.hum.partner.cms.CertificateCheck} tells the person uploading a partner's
 * certificate what is wrong with it in words they can act on; {@link org.hum.partner.cms.DevelopmentPki}
 * makes the development CA, HUM's signing certificate and a demo partner's certificate.
 *
 * <p>Pure Java over bcpkix: no CDI, no database. Bouncy Castle is always named as a provider object
 * ({@link org.hum.crypto.control.CryptoProviders#bouncyCastle()}), so the classes work whether or not
 * it is registered with the JCA and never change what the JCA picks for AES-GCM elsewhere.
 */
package org.hum.partner.cms;
