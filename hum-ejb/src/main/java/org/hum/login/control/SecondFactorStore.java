package org.hum.login.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.crypto.control.DataKey;
import org.hum.crypto.control.EnvelopeHeader;
import org.hum.crypto.control.FieldCipher;
import org.hum.crypto.control.FieldContext;
import org.hum.keys.control.DataKeys;
import org.hum.login.entity.RecoveryCode;
import org.hum.login.entity.SecondFactor;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Users' second factors as stored: the TOTP secret sealed with the field cipher under a data key
 * of its own (kept wrapped under the key-encryption key, like a file's), so that a copy of the
 * database alone yields no secret and a reset shreds the key; recovery codes as hashes
 * ({@link RecoveryCodes}). Callers hold the user's row lock, so two logins of one user never
 * accept the same code.
 */
@Stateless
public class SecondFactorStore {
    static final String ENTITY = "second_factor";
    static final String COLUMN = "secret";

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Inject
    DataKeys dataKeys;

    @Inject
    FieldCipher cipher;

    public Optional<SecondFactor> of(String userId) {
        return Optional.ofNullable(em.find(SecondFactor.class, userId));
    }

    public boolean enrolled(String userId) {
        return of(userId).map(SecondFactor::confirmed).orElse(false);
    }

    /** A new secret for a user not yet enrolled, replacing any pending one; the secret is handed back once, to be shown. */
    public byte[] begin(String userId, Instant at) {
        byte[] secret = Totp.newSecret();
        DataKey key = dataKeys.create();
        byte[] sealed = cipher.encrypt(key, new FieldContext(ENTITY, COLUMN, userId), secret);
        Optional<SecondFactor> pending = of(userId);
        if (pending.isPresent()) {
            String oldKey = FieldCipher.header(pending.get().secret()).dekId().toString();
            pending.get().replace(sealed, at);
            dataKeys.destroy(oldKey);
        } else {
            em.persist(new SecondFactor(userId, sealed, at));
        }
        return secret;
    }

    /** The step whose code this is, if it is one of the factor's and later than any used; remembered as used. */
    public boolean acceptCode(SecondFactor factor, String code, Instant now) {
        byte[] secret = secret(factor);
        try {
            var step = Totp.verify(secret, code, now, factor.lastStep());
            step.ifPresent(factor::used);
            return step.isPresent();
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** Whether {@code typed} is an unused recovery code of the user; if so, it is used up. */
    public boolean acceptRecoveryCode(String userId, String typed, Instant now) {
        if (!RecoveryCodes.looksLikeOne(typed)) {
            return false;
        }
        RecoveryCode found = em.find(RecoveryCode.class, RecoveryCodes.hash(userId, typed));
        if (found == null || !em.createNamedQuery(RecoveryCode.UNUSED, RecoveryCode.class).setParameter("userId", userId)
                .getResultStream().anyMatch(r -> Arrays.equals(r.codeHash(), found.codeHash()))) {
            return false;
        }
        found.use(now);
        return true;
    }

    /** Ten new recovery codes for the user, replacing all earlier ones; shown once. */
    public List<String> newRecoveryCodes(String userId, Instant at) {
        em.createNamedQuery(RecoveryCode.DELETE_ALL).setParameter("userId", userId).executeUpdate();
        List<String> codes = RecoveryCodes.generate();
        codes.forEach(c -> em.persist(new RecoveryCode(RecoveryCodes.hash(userId, c), userId, at)));
        return codes;
    }

    /** How many of the user's recovery codes are still unused. */
    public long unusedRecoveryCodes(String userId) {
        return em.createNamedQuery(RecoveryCode.UNUSED, RecoveryCode.class).setParameter("userId", userId).getResultStream().count();
    }

    /** Forgets the user's second factor and recovery codes; the secret's key is destroyed. False if there was none. */
    public boolean reset(String userId) {
        em.createNamedQuery(RecoveryCode.DELETE_ALL).setParameter("userId", userId).executeUpdate();
        Optional<SecondFactor> factor = of(userId);
        if (factor.isEmpty()) {
            return false;
        }
        EnvelopeHeader header = FieldCipher.header(factor.get().secret());
        em.remove(factor.get());
        em.flush();
        dataKeys.destroy(header.dekId().toString());
        return true;
    }

    private byte[] secret(SecondFactor factor) {
        byte[] sealed = factor.secret();
        EnvelopeHeader header = FieldCipher.header(sealed);
        DataKey key = dataKeys.load(header.dekId().toString(), header.dekVersion());
        return cipher.decrypt(key, new FieldContext(ENTITY, COLUMN, factor.userId()), sealed);
    }
}
