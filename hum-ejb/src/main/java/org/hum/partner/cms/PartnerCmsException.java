package org.hum.partner.cms;

/**
 * A CMS file could not be made or opened: not CMS, not for this key, tampered, or signed by a
 * certificate that does not chain to the trusted CA. The message says which, and never carries
 * content or key bytes.
 */
public class PartnerCmsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PartnerCmsException(String message) {
        super(message);
    }

    public PartnerCmsException(String message, Throwable cause) {
        super(message, cause);
    }
}
