package org.hum.partner.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.hum.api.reporting.DisseminationAction;
import org.hum.partner.cms.CmsPackager;
import org.hum.partner.control.Delivery;
import org.hum.partner.control.EntryRow;
import org.hum.partner.control.HumSigning;
import org.hum.partner.control.OrgRow;
import org.hum.partner.control.PartnerCertificates;
import org.hum.partner.control.PartnerContent;
import org.hum.partner.control.PartnerStore;
import org.hum.partner.control.PushSettings;
import org.hum.partner.control.StixRendering;
import org.hum.reporting.control.ReportStore;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The push worker's steps, each in its own short transaction: claim what is due, make what a
 * delivery carries, and record how it went. The HTTP call itself runs outside any transaction.
 */
@Stateless
@PermitAll
public class PushSteps {
    /** What one attempt sends. */
    public record Payload(Delivery delivery, String url, String contentType, byte[] body, String kind, String reportId,
                          int version) {
    }

    @Inject
    PartnerStore store;

    @Inject
    PartnerContent content;

    @Inject
    StixRendering stix;

    @Inject
    HumSigning signing;

    @Inject
    ReportStore reports;

    @Inject
    PushSettings settings;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Delivery> claim(int max) {
        Instant now = clock.instant();
        return store.claimDue(now, now.plus(settings.lease()), max);
    }

    /**
     * The printed report signed and encrypted for the organisation when it has a certificate on
     * file; else the STIX bundle of the entry. Empty if the organisation no longer has a push address.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Payload> payload(Delivery d) {
        OrgRow org = store.org(d.orgId()).orElseThrow();
        EntryRow e = store.entryById(d.entryId()).orElseThrow();
        if (org.pushUrl() == null || !org.active()) {
            store.retryAt(d.id(), clock.instant().plus(settings.backoff(30, 0)), "no push address or inactive organisation");
            return Optional.empty();
        }
        String kind = e.kind().name();
        if (org.certificate() != null) {
            String text = PartnerContent.text(content.report(e, e.kind() == EntryRow.Kind.RECALL ? e : null));
            byte[] file = new CmsPackager().signAndEncrypt(text.getBytes(StandardCharsets.UTF_8), signing.identity(),
                    PartnerCertificates.parse(org.certificate()));
            return Optional.of(new Payload(d, org.pushUrl(), "application/pkcs7-mime; smime-type=enveloped-data", file,
                    kind, e.reportId(), e.version()));
        }
        return Optional.of(new Payload(d, org.pushUrl(), "application/stix+json;version=2.1",
                stix.bundle(org, e).getBytes(StandardCharsets.UTF_8), kind, e.reportId(), e.version()));
    }

    /** A 2xx answer: delivered, and a DELIVERY row of the dissemination log. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void delivered(Delivery d, int status) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        store.delivered(d.id(), now, "HTTP " + status + " on attempt " + d.attempt());
        EntryRow e = store.entryById(d.entryId()).orElseThrow();
        String name = store.org(d.orgId()).map(OrgRow::name).orElse(d.orgId());
        reports.log(DisseminationAction.DELIVERY, reports.find(e.versionId()).orElseThrow(), List.of(name),
                (e.kind() == EntryRow.Kind.RECALL ? "recall" : "release") + " pushed, delivery " + d.deliveryId(),
                d.actorId(), now);
    }

    /** Anything else: tried again after the back-off. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(Delivery d, String outcome) {
        Instant next = clock.instant().plus(settings.backoff(d.attempt(), ThreadLocalRandom.current().nextDouble()));
        store.retryAt(d.id(), next, outcome.length() > 200 ? outcome.substring(0, 200) : outcome);
    }
}
