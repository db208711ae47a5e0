package org.hum.partner.boundary;

import org.hum.config.control.JobLease;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.hum.partner.control.Delivery;
import org.hum.partner.control.PushSettings;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pushes releases and recalls to organisations with a push address (docs/domain.md, "The
 * partner exchange"): every second it claims what the outbox holds due, POSTs each with its
 * stable {@code X-HUM-Delivery-Id}, and records a 2xx as delivered, anything else (or no answer)
 * as a retry after an exponential back-off. The outbox is in the database, so a restart loses
 * nothing; a crash between a partner's 2xx and its record means one more delivery of the same
 * id, which the partner drops.
 */
@Singleton
@Startup
@DependsOn("Startup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PartnerPush {
    private static final Logger LOG = Logger.getLogger(PartnerPush.class.getName());
    private static final int BATCH = 20;

    @Resource
    TimerService timers;

    @EJB
    PushSteps steps;

    @Inject
    JobLease lease;

    @Inject
    PushSettings settings;

    private final AtomicBoolean running = new AtomicBoolean();
    private HttpClient http;

    @PostConstruct
    void start() {
        http = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
        timers.createIntervalTimer(1500, 1000, new TimerConfig("partner-push", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (!lease.held()) {
            return; // another instance runs the jobs (JobLease)
        }
        if (!running.compareAndSet(false, true)) {
            return; // the last round is still delivering
        }
        try {
            List<Delivery> due = steps.claim(BATCH);
            for (Delivery d : due) {
                deliver(d);
            }
            if (!due.isEmpty()) {
                lease.ran("partner-push");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Partner push round failed; it retries in a second. Cause: " + e.getClass().getName());
        } finally {
            running.set(false);
        }
    }

    private void deliver(Delivery d) {
        Optional<PushSteps.Payload> p;
        try {
            p = steps.payload(d);
        } catch (RuntimeException e) {
            steps.failed(d, "could not be prepared: " + e.getClass().getSimpleName());
            return;
        }
        if (p.isEmpty()) {
            return;
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(p.get().url())).timeout(settings.timeout())
                    .header("Content-Type", p.get().contentType())
                    .header("X-HUM-Delivery-Id", d.deliveryId())
                    .header("X-HUM-Delivery-Kind", p.get().kind())
                    .header("X-HUM-Report-Id", p.get().reportId())
                    .header("X-HUM-Report-Version", Integer.toString(p.get().version()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(p.get().body())).build();
            HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() / 100 == 2) {
                steps.delivered(d, r.statusCode());
            } else {
                steps.failed(d, "HTTP " + r.statusCode() + " on attempt " + d.attempt());
            }
        } catch (IOException | IllegalArgumentException e) {
            steps.failed(d, "no answer on attempt " + d.attempt() + ": " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            steps.failed(d, "interrupted on attempt " + d.attempt());
        }
    }
}
