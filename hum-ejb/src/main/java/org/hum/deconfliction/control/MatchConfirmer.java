package org.hum.deconfliction.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.api.error.HumException;
import org.hum.deconfliction.control.BlindIndex.Field;
import org.hum.source.control.SourceProtection;
import org.hum.source.entity.Source;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.hum.source.control.SourceRecords;
import org.hum.source.control.SourceStore;

/**
 * Removes the false positives of the truncated index by decrypting each candidate file and
 * comparing normal forms.
 *
 * <p><b>The one deliberate bypass of need-to-know.</b> Deconfliction must match against every
 * file of every unit and compartment, open or closed (docs/domain.md, "Lifecycle" 2), so this class
 * loads candidate files by id without a {@code Viewer} and decrypts their identities without
 * the caller's access. That is confined here, by these rules: it is called only by the
 * deconfliction boundary and registration screening; the decrypted identity never leaves this
 * class (it answers only which internal file ids matched and on which fields, which the callers
 * turn into a referral for the controllers and never into an answer); nothing decrypted is
 * logged. Each use must be audited (see the comments where it is called).
 */
@ApplicationScoped
public class MatchConfirmer {
    private static final Logger LOG = Logger.getLogger(MatchConfirmer.class.getName());

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Inject
    SourceProtection protection;

    @Inject
    SourceStore sources;

    @Inject
    SourceRecords records;

    /** The candidates whose decrypted identifiers equal the person's, with the fields that matched. */
    public Map<String, Set<Field>> confirm(Map<String, Set<Field>> candidates, Identifiers person) {
        Map<String, Set<Field>> confirmed = new LinkedHashMap<>();
        // the candidates' rows in two statements, not two a candidate (docs/performance.md, "At scale")
        Map<String, Source> files = sources.unrestricted(candidates.keySet());
        records.preloadParticulars(candidates.entrySet().stream().filter(c -> c.getValue().contains(Field.DOCUMENT))
                .map(Map.Entry::getKey).toList());
        SourceProtection.Opener open = protection.opener(files.values().stream().filter(f -> !f.isDestroyed()).toList());
        for (var candidate : candidates.entrySet()) {
            Source source = files.get(candidate.getKey());
            if (source == null || source.isDestroyed()) {
                continue;
            }
            Identifiers stored;
            try {
                // deconfliction bypass: see the class comment; documents are decrypted only when one matched the index
                stored = candidate.getValue().contains(Field.DOCUMENT)
                        ? Identifiers.of(open.identity(source), records.documents(source, open::particulars))
                        : Identifiers.of(open.identity(source));
            } catch (HumException integrityFailure) {
                // already logged by SourceProtection with the file id; a damaged file cannot be compared
                LOG.warning(() -> "Deconfliction skipped source file " + source.id() + ": its identity failed the integrity check");
                continue;
            }
            Set<Field> fields = EnumSet.noneOf(Field.class);
            for (Field f : candidate.getValue()) {
                if (person.values(f).stream().anyMatch(stored.values(f)::contains)) {
                    fields.add(f);
                }
            }
            if (!fields.isEmpty()) {
                confirmed.put(source.id(), fields);
            }
        }
        return confirmed;
    }

}
