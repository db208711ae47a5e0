package org.hum.source.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.api.keys.KeyJobView;
import org.hum.api.source.TrueIdentity;
import org.hum.crypto.control.DataKey;
import org.hum.keys.control.DataKeyRotated;
import org.hum.keys.control.DataKeys;
import org.hum.keys.entity.KeyJob;
import org.hum.source.control.SourceProtection;
import org.hum.source.control.SourceRecords;
import org.hum.source.control.SourceStore;
import org.hum.source.control.TextDoesNotOpen;
import org.hum.source.entity.Source;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Re-encrypts one source file under a new version of its data key, in the background. The
 * fields and the key version change in one transaction, and the old version is retired (not
 * destroyed) so a read that started before the switch still opens; the janitor destroys
 * retired versions after a grace period. Reads and writes go on throughout.
 */
@Stateless
@PermitAll
public class DekRotator {
    private static final Logger LOG = Logger.getLogger(DekRotator.class.getName());
    /** True name, date of birth, phone number. */
    static final int IDENTITY_COLUMNS = 3;

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Inject
    DataKeys dataKeys;

    @Inject
    SourceProtection protection;

    @Inject
    SourceStore sources;

    @Inject
    Clock clock;

    @Inject
    SourceRecords records;

    @Resource
    SessionContext context;

    @Inject
    Event<DataKeyRotated> rotated;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(String jobId) {
        DekRotator self = context.getBusinessObject(DekRotator.class);
        try {
            int[] versions = self.reencrypt(jobId);
            dataKeys.retire(self.subjectKeyId(jobId), versions[0]);
            self.finish(jobId, versions[2] + " encrypted field(s) re-encrypted under version " + versions[1] + "; version "
                    + versions[0] + " retired");
        } catch (RuntimeException e) {
            // a text that does not open is named by its record (table, column, row id), never its content
            String why = unopened(e).map(TextDoesNotOpen::getMessage).orElse(e.getClass().getSimpleName());
            LOG.severe(() -> "Data-key rotation job " + jobId + " failed: " + why);
            self.fail(jobId, "failed: " + why + "; the file still reads under its old key");
        }
    }

    private static Optional<TextDoesNotOpen> unopened(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof TextDoesNotOpen t) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public KeyJobView queue(String sourceId, String requestedBy) {
        // the total is counted when the work is done: until then the job does not know how many envelopes the file has
        KeyJob job = new KeyJob(UUID.randomUUID().toString(), KeyJob.DEK_ROTATION, sourceId, 0, requestedBy, clock.instant());
        em.persist(job);
        return job.view();
    }

    /** Returns {old version, new version, envelopes re-encrypted}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int[] reencrypt(String jobId) {
        KeyJob job = em.find(KeyJob.class, jobId);
        job.running();
        Source source = sources.unrestrictedForUpdate(job.subjectId());
        int old = source.dekVersion();
        TrueIdentity identity = protection.reveal(source);
        DataKey current = dataKeys.load(source.dekId(), old);
        DataKey next = dataKeys.createVersion(UUID.fromString(source.dekId()), old + 1);
        // every encrypted column of the file, in the same transaction as the key version switch
        int envelopes = records.rekey(source, current, next); // particulars and promises
        protection.rekey(source, next, identity);
        envelopes += IDENTITY_COLUMNS;
        DataKeyRotated event = new DataKeyRotated(source.id(), next);
        rotated.fire(event); // derived texts follow the file (validation, authorisation...), each counting its envelopes
        envelopes += event.envelopes();
        // one transaction: the job reads QUEUED until it commits, then DONE with everything counted
        job.counted(envelopes);
        return new int[] {old, old + 1, envelopes};
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String subjectKeyId(String jobId) {
        return sources.unrestricted(em.find(KeyJob.class, jobId).subjectId()).orElseThrow().dekId();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(String jobId, String detail) {
        em.find(KeyJob.class, jobId).finished(clock.instant(), detail);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(String jobId, String detail) {
        em.find(KeyJob.class, jobId).failed(clock.instant(), detail);
    }
}
