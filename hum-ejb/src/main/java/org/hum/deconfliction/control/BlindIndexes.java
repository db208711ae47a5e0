package org.hum.deconfliction.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hum.api.source.TrueIdentity;
import org.hum.deconfliction.control.BlindIndex.Field;
import org.hum.deconfliction.entity.BlindIndexEntry;
import org.hum.keys.control.IndexKeys;

import org.hum.source.control.SourceDestroyed;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ArrayList;
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
        indexSource(sourceId, Identifiers.of(identity));
    }

    /** Indexes a new file's identifiers, every identity-document number included (one entry each). */
    public void indexSource(String sourceId, Identifiers ids) {
        for (Field f : ids.forms().keySet()) {
            int seq = 0;
            for (String value : ids.values(f)) {
                em.persist(new BlindIndexEntry(sourceId, f.name(), seq++, index().index(f, value)));
            }
        }
        em.flush();
    }

    /** Crypto-shredding: a destroyed file can no longer be found by its identifiers either. */
    /** A shredded file's entries go with it: a deconfliction check no longer finds it. */
    void onDestroyed(@Observes SourceDestroyed destroyed) {
        forget(destroyed.sourceId());
    }

    public int forget(String sourceId) {
        return em.createQuery("delete from BlindIndexEntry b where b.sourceId = :id")
                .setParameter("id", sourceId).executeUpdate();
    }

    /** The files whose stored index equals the person's on at least one field, and on which fields. */
    public Map<String, Set<Field>> candidates(Identifiers person) {
        Map<String, Set<Field>> found = new LinkedHashMap<>();
        // every (field, value) asked in one statement, each an equality range on ix_blind_index_lookup
        StringBuilder where = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        for (Field f : person.forms().keySet()) {
            for (String value : person.values(f)) {
                where.append(where.length() == 0 ? "" : " or ").append("(b.field = ? and b.value = ?)");
                parameters.add(f.name());
                parameters.add(index().index(f, value));
            }
        }
        if (parameters.isEmpty()) {
            return found;
        }
        jakarta.persistence.Query q = em.createNativeQuery("select distinct b.source_id, b.field from blind_index b where " + where);
        for (int i = 0; i < parameters.size(); i++) {
            q.setParameter(i + 1, parameters.get(i));
        }
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            found.computeIfAbsent(String.valueOf(r[0]), k -> EnumSet.noneOf(Field.class)).add(Field.valueOf(String.valueOf(r[1])));
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
