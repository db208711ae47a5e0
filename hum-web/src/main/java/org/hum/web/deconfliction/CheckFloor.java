package org.hum.web.deconfliction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.api.deconfliction.DeconflictionAnswer;
import org.hum.api.deconfliction.DeconflictionCheck;
import org.hum.deconfliction.boundary.DeconflictionChecks;

import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * The one way the web tier makes a deconfliction check, for the REST resource and the page alike
 * (docs/domain.md, "Deconfliction (step 2)"): every answered check takes at least
 * {@link #ANSWER_FLOOR_NANOS}, counted after the boundary's transaction has committed, so that a
 * match (which also writes the matched files) and no match answer in the same time shape.
 */
@ApplicationScoped
public class CheckFloor {
    /** How long an answered check takes at least. */
    static final long ANSWER_FLOOR_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    @Inject
    DeconflictionChecks checks;

    /** The check made and referred, answered no sooner than the floor; a refusal is thrown as it comes. */
    public DeconflictionAnswer check(DeconflictionCheck check) {
        return check(check, work -> { });
    }

    /**
     * As {@link #check(DeconflictionCheck)}, telling {@code work} the check's server-side work in
     * nanoseconds (the boundary's call, its commit included; the floor's wait left out) before the
     * wait. Only the test stand shows it (docs/performance.md, "Deconfliction at 1,000,000 index
     * rows"); the floor hides it from every client, and must.
     */
    public DeconflictionAnswer check(DeconflictionCheck check, LongConsumer work) {
        long start = System.nanoTime();
        DeconflictionAnswer answer = checks.check(check);
        work.accept(System.nanoTime() - start);
        padTo(start + ANSWER_FLOOR_NANOS);
        return answer;
    }

    static void padTo(long deadlineNanos) {
        long wait = deadlineNanos - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
