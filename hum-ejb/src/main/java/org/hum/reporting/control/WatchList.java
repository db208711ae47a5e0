package org.hum.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.keys.control.IndexKeys;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The watch list, kept without plaintext: each term as the HMAC-SHA256 of its normal form under a
 * key derived from the application's index key, with its number of words. The check hashes each
 * run of that many words of a text and compares. Terms are never logged.
 */
@ApplicationScoped
public class WatchList {
    private static final byte[] PURPOSE = "hum-watch-term-v1".getBytes(StandardCharsets.US_ASCII);

    @Inject
    IndexKeys indexKeys;

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    /** The terms as the check reads them: the word counts, and the keyed hashes. */
    public record Terms(Set<Integer> lengths, Set<String> hashes) {
        public boolean contains(String run, WatchList list) {
            return hashes.contains(list.hex(run));
        }
    }

    public Terms terms() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select term_hmac, words from watch_term").getResultList();
        Set<Integer> lengths = new HashSet<>();
        Set<String> hashes = new HashSet<>();
        for (Object[] r : rows) {
            hashes.add(java.util.HexFormat.of().formatHex((byte[]) r[0]));
            lengths.add(((Number) r[1]).intValue());
        }
        return new Terms(lengths, hashes);
    }

    /** The keyed hash of a term's normal form. */
    public byte[] hash(String normalForm) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(normalForm.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    String hex(String normalForm) {
        return java.util.HexFormat.of().formatHex(hash(normalForm));
    }

    private byte[] key() throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        byte[] root = indexKeys.rootKey();
        mac.init(new SecretKeySpec(root, "HmacSHA256"));
        byte[] derived = mac.doFinal(PURPOSE);
        Arrays.fill(root, (byte) 0);
        return derived;
    }
}
