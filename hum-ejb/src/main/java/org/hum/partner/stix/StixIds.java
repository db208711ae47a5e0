package org.hum.partner.stix;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * STIX identifiers {@code <type>--<UUID>}. Objects that stand for something of ours (a report, the
 * organisation, a port of entry) get a name-based UUID version 5 (RFC 4122, section 4.3: SHA-1 over
 * a namespace and a name), so that every export of the same thing carries the same id: a partner's
 * platform then sees a new version of a known object instead of a duplicate.
 *
 * <p>The namespace, {@link #HUM_NAMESPACE}, is a random UUID chosen once for HUM; changing it would
 * change every identifier ever sent, so it is fixed here for good. Names are prefixed by what they
 * name ({@code report:}, {@code organisation:}...) so that two kinds of thing never share a name.
 */
public final class StixIds {
    /** HUM's namespace for name-based STIX identifiers (a version 4 UUID chosen once; never change it). */
    public static final UUID HUM_NAMESPACE = UUID.fromString("906d5bf6-d0c5-47c8-8d97-094ec3dad180");

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{1,248}[a-z0-9]");

    /** One digest per thread: looking SHA-1 up costs more than hashing a short name. */
    private static final ThreadLocal<MessageDigest> SHA1 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    });

    private StixIds() {
    }

    /** {@code <type>--<UUIDv5(HUM_NAMESPACE, name)>}: the same type and name always give the same id. */
    public static String of(String type, String name) {
        return type(type) + "--" + uuid5(HUM_NAMESPACE, Objects.requireNonNull(name, "name"));
    }

    /** {@code <type>--<random UUIDv4>}, for objects with no lasting identity (a bundle). */
    public static String random(String type) {
        return type(type) + "--" + UUID.randomUUID();
    }

    /** The {@code report} id of one of our reports: stable across all its versions (named by the report's id). */
    public static String report(String reportId) {
        return of("report", "report:" + Objects.requireNonNull(reportId, "reportId"));
    }

    /** RFC 4122 name-based UUID, version 5: SHA-1 over the namespace's 16 bytes and the name in UTF-8. */
    public static UUID uuid5(UUID namespace, String name) {
        MessageDigest sha1 = SHA1.get();
        ByteBuffer ns = ByteBuffer.allocate(16);
        ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
        sha1.update(ns.array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // the RFC 4122 variant
        ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(b.getLong(), b.getLong());
    }

    private static String type(String type) {
        if (type == null || !TYPE.matcher(type).matches() || type.contains("--")) {
            throw new IllegalArgumentException("not a STIX type name: " + type);
        }
        return type;
    }
}
