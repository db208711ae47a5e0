package org.hum.crypto.control;

import java.util.UUID;

/**
 * The readable header of a field envelope: which format and which data key produced it.
 * Lets a caller find the right {@link DataKey} (for example during DEK rotation) before
 * decrypting. The header is not trusted on its own: it is authenticated as associated data.
 */
public record EnvelopeHeader(int formatVersion, UUID dekId, int dekVersion) {
}
