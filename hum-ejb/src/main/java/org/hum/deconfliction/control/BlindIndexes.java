package org.hum.deconfliction.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hum.api.source.TrueIdentity;
import org.hum.deconfliction.control.BlindIndex.Field;
import org.hum.deconfliction.entity.BlindIndexEntry;
import org.hum.keys.control.IndexKeys;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes a source file's blind indexes and finds the files whose indexes equal a person's.
 * A hit here is only a candidate: the truncated index collides by design, and
 * {@link MatchConfirmer} decides. The index size comes from
 * {@code hum.deconfliction.expected-sources} (default 100,000: 15 bits, see {@link BlindIndex}).
 */
@ApplicationScoped
public class BlindIndexes {
    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Inject
    IndexKeys indexKeys;

    @Inject
    @ConfigProperty(name = "hum.deconfliction.expected-sources", defaultValue = "100000")
    long expectedSources;

    private volatile BlindIndex index;

    /** Indexes a new file's identifiers: name with date of birth, and the phone where it is in E.164 form. */
    public void indexSource(String sourceId, TrueIdentity identity) {
        Identifiers ids = Identifiers.of(identity);
        for (var e : ids.forms().entrySet()) {
            em.persist(new BlindIndexEntry(sourceId, e.getKey().name(), index().index(e.getKey(), e.getValue())));
        }
        em.flush();
    }

    /** Crypto-shredding: a destroyed file can no longer be found by its identifiers either. */
    public int forget(String sourceId) {
        return em.createQuery("delete from BlindIndexEntry b where b.sourceId = :id")
                .setParameter("id", sourceId).executeUpdate();
    }

    /** The files whose stored index equals the person's on at least one field, and on which fields. */
    public Map<String, Set<Field>> candidates(Identifiers person) {
        Map<String, Set<Field>> found = new LinkedHashMap<>();
        for (var e : person.forms().entrySet()) {
            em.createQuery("select b.sourceId from BlindIndexEntry b where b.field = :field and b.value = :value",
                            String.class)
                    .setParameter("field", e.getKey().name())
                    .setParameter("value", index().index(e.getKey(), e.getValue()))
                    .getResultList()
                    .forEach(id -> found.computeIfAbsent(id, k -> EnumSet.noneOf(Field.class)).add(e.getKey()));
        }
        return found;
    }

    BlindIndex index() {
        BlindIndex i = index;
        if (i == null) {
            i = new BlindIndex(indexKeys.rootKey(), expectedSources);
            index = i;
        }
        return i;
    }
}
