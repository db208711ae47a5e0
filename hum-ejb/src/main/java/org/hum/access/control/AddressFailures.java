package org.hum.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The {@link AddressThrottle}'s counts, in the database (table {@code login_address}), so that
 * the instances of a deployment count one address's failures together. The address is kept only
 * as its SHA-256. Statements run in the caller's transaction: a login's, which commits its
 * failure count either way.
 */
@ApplicationScoped
public class AddressFailures {
    @PersistenceContext(unitName = "hum")
    EntityManager em;

    /** Whether attempts from {@code address} are refused at {@code now}: one plain read. */
    public boolean isLocked(String address, Instant now) {
        if (address == null) {
            return false;
        }
        @SuppressWarnings("unchecked")
        List<Object> locked = em.createNativeQuery("select locked_until from login_address where address_hash = ?")
                .setParameter(1, hash(address)).getResultList();
        return !locked.isEmpty() && locked.get(0) != null && now.isBefore(instant(locked.get(0)));
    }

    /**
     * Counts a failed login from {@code address}: makes its row exist, locks it, and moves it by
     * the throttle's rule. Rows idle for a day are removed by the due-list job's run
     * ({@code JobLease.ran}), outside any login: a delete over idle rows here could wait on, and
     * deadlock with, a login from an idle address coming back.
     */
    public void failed(String address, Instant now) {
        if (address == null) {
            return;
        }
        byte[] key = hash(address);
        int added = em.createNativeQuery("insert ignore into login_address (address_hash, failures, last_failure) "
                + "values (?, 0, ?)").setParameter(1, key).setParameter(2, Timestamp.from(now)).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select failures, last_failure, locked_until from login_address "
                + "where address_hash = ? for update").setParameter(1, key).getResultList();
        Object[] row = rows.get(0);
        AddressThrottle.Failures before = new AddressThrottle.Failures(((Number) row[0]).intValue(),
                added == 1 ? null : instant(row[1]), row[2] == null ? null : instant(row[2]));
        AddressThrottle.Failures after = before.afterFailure(now);
        em.createNativeQuery("update login_address set failures = ?, last_failure = ?, locked_until = ? where address_hash = ?")
                .setParameter(1, after.failures()).setParameter(2, Timestamp.from(after.lastFailure()))
                .setParameter(3, after.lockedUntil() == null ? null : Timestamp.from(after.lockedUntil()))
                .setParameter(4, key).executeUpdate();
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : ((java.time.LocalDateTime) value).toInstant(java.time.ZoneOffset.UTC);
    }

    static byte[] hash(String address) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(address.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
