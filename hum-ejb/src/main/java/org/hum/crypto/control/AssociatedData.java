package org.hum.crypto.control;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Builds GCM associated data as a sequence of length-prefixed fields (4-byte big-endian
 * length, then the bytes). Length prefixes make the encoding unambiguous: ("ab","c") and
 * ("a","bc") give different bytes, so no two different places share associated data.
 */
final class AssociatedData {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(128);

    AssociatedData text(String value) {
        return field(value.getBytes(StandardCharsets.UTF_8));
    }

    AssociatedData int32(int value) {
        return field(ByteBuffer.allocate(Integer.BYTES).putInt(value).array());
    }

    AssociatedData uuid(UUID value) {
        return field(ByteBuffer.allocate(16)
                .putLong(value.getMostSignificantBits())
                .putLong(value.getLeastSignificantBits())
                .array());
    }

    private AssociatedData field(byte[] bytes) {
        out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        out.writeBytes(bytes);
        return this;
    }

    byte[] toBytes() {
        return out.toByteArray();
    }
}
