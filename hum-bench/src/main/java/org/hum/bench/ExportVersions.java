package org.hum.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;
import org.hum.api.partner.FeedItem;
import org.hum.api.partner.PartnerReport;
import org.hum.api.reporting.ReleasablePart;
import org.hum.api.reporting.Tlp;
import org.hum.partner.stix.PortPlace;
import org.hum.partner.stix.ReleasedVersion;
import org.hum.partner.stix.StixOrganisation;

/**
 * Synthetic released report versions for {@link PartnerExportLoad}, made one at a time from their
 * number, so that an export of 100,000 never holds more than the one being written. Version
 * {@code n} is the {@code (n % 3 + 1)}th version of report {@code n / 3}, released five minutes after
 * the one before; every twentieth ({@link #RECALL_EVERY}) is a recall: the version withdrawn a minute
 * after its release. The releasable text is about 600 characters of plausible border reporting, with
 * a title, subject, area, one to three ports of entry and NATO grades. Nothing here is real data.
 */
final class ExportVersions {
    /** One version in this many goes out as a recall (5%). */
    static final int RECALL_EVERY = 20;
    /** The releasable text is at least this long. */
    static final int TEXT_CHARS = 600;

    private static final Instant BASE = Instant.parse("2026-01-05T08:00:00Z");
    private static final Duration STEP = Duration.ofMinutes(5);
    private static final String[] SENTENCES = {
        "Two box trucks with out-of-state plates were seen queueing in the commercial lanes before dawn.",
        "The drivers changed at a yard a few blocks from the crossing and did not return the same day.",
        "A group of about a dozen people gathered near the fence line shortly after the shift change.",
        "Loads were moved between vehicles in a warehouse lot that is normally closed at weekends.",
        "Lookouts on motorbikes watched the secondary inspection area for most of the afternoon.",
        "The same pickup was reported three times this week, each time with a different trailer.",
        "Payments for the crossings were said to be made in cash at a tyre shop on the main road.",
        "Traffic through the pedestrian lanes was heavier than usual on market day.",
        "A new route along the riverbank has been used at night since the water level fell.",
        "The activity appears to follow the published wait times closely and shifts to quieter hours.",
        "Several empty vehicles crossed northbound and returned loaded within the hour.",
        "A warehouse manager was overheard arranging storage for goods that never reached the store.",
    };
    private static final String[] SUBJECTS = {
        "vehicle movements", "cargo transfers", "pedestrian crossings", "lookout activity", "cash payments",
        "night crossings", "warehouse use",
    };
    private static final String[] AREAS = {
        "Tijuana corridor", "Otay Mesa industrial zone", "Mexicali east side", "Nogales downtown",
        "Ciudad Juarez river crossings", "Nuevo Laredo bridges", "Reynosa outskirts", "Matamoros waterfront",
    };
    private static final String[] TITLES = {
        "Movements near the crossing", "Changes in commercial lane traffic", "Night activity along the river",
        "Transfers at a warehouse lot", "Lookouts watching inspection", "Repeated vehicle sightings",
    };
    private static final String[] DESCRIPTIONS = {
        "a source with direct access to the area, reporting for two years",
        "a source with occasional access, reliable in the past",
        "a sub-source reporting through a trusted intermediary",
    };
    private static final Tlp[] MARKINGS = {Tlp.GREEN, Tlp.AMBER, Tlp.AMBER, Tlp.AMBER_STRICT, Tlp.CLEAR};
    /** Twenty-six made-up ports of entry, as the administrators' list might hold them. */
    static final List<PortPlace> PORTS = IntStream.rangeClosed(1, 26)
            .mapToObj(i -> new PortPlace("PORT_%02d".formatted(i), "Port %d".formatted(i), new String[] {"CA", "AZ", "NM", "TX"}[i % 4],
                    StixOrganisation.HUM.created())).toList();

    private final long seed;

    ExportVersions(long seed) {
        this.seed = seed;
    }

    /** Version {@code n} as it leaves: its feed item (with its report, for a release) and its STIX view. */
    record Version(FeedItem item, PartnerReport report, ReleasedVersion released) {
        boolean recall() {
            return "RECALL".equals(item.kind());
        }
    }

    /** Version {@code n}: always the same for the same seed and number. */
    Version get(long n) {
        SplittableRandom rnd = new SplittableRandom(seed ^ (n * 0x9E3779B97F4A7C15L));
        long reportNo = n / 3;
        int version = (int) (n % 3) + 1;
        Instant first = BASE.plus(STEP.multipliedBy(3 * reportNo));
        Instant released = first.plus(STEP.multipliedBy(version - 1L));
        boolean recall = n % RECALL_EVERY == RECALL_EVERY - 1;
        Instant withdrawn = recall ? released.plusSeconds(60) : null;

        String reportId = new UUID(seed, reportNo).toString();
        String versionId = new UUID(seed + 1, n).toString();
        String title = pick(rnd, TITLES);
        Tlp tlp = pick(rnd, MARKINGS);
        List<PortPlace> ports = new ArrayList<>(3);
        for (int i = 0, count = 1 + rnd.nextInt(3); i < count; i++) {
            PortPlace p = PORTS.get(rnd.nextInt(PORTS.size()));
            if (!ports.contains(p)) {
                ports.add(p);
            }
        }
        String reliability = String.valueOf("ABCDEF".charAt(rnd.nextInt(4)));
        List<String> credibility = rnd.nextBoolean()
                ? List.of(String.valueOf(1 + rnd.nextInt(3)))
                : List.of(String.valueOf(1 + rnd.nextInt(2)), String.valueOf(3 + rnd.nextInt(2)));
        ReleasablePart part = new ReleasablePart(text(rnd), pick(rnd, SUBJECTS), pick(rnd, AREAS), ports.stream().map(PortPlace::code).toList(),
                ports.stream().map(PortPlace::name).toList(),
                "2026-W" + (1 + rnd.nextInt(52)), pick(rnd, DESCRIPTIONS), reliability, credibility, "NATO");
        String reason = recall ? "withdrawn: the source's access could not be confirmed" : null;

        PartnerReport report = new PartnerReport(reportId, versionId, version, title, tlp.wire(), released, recall,
                reason, withdrawn, part);
        String cursor = "e" + (n + 1);
        FeedItem item = recall
                ? new FeedItem("RECALL", cursor, withdrawn, reportId, version, reason, null)
                : new FeedItem("RELEASE", cursor, released, reportId, version, null, report);
        ReleasedVersion stix = new ReleasedVersion(reportId, version, title, tlp, part.text(), part.subject(),
                part.area(), part.ports(), part.concerning(), part.sourceDescription(), part.reliability(),
                part.credibility(), part.scheme(), first, released, withdrawn);
        return new Version(item, report, stix);
    }

    private static String text(SplittableRandom rnd) {
        StringBuilder b = new StringBuilder(TEXT_CHARS + 120);
        while (b.length() < TEXT_CHARS) {
            b.append(b.length() == 0 ? "" : " ").append(pick(rnd, SENTENCES));
        }
        return b.toString();
    }

    private static <T> T pick(SplittableRandom rnd, T[] from) {
        return from[rnd.nextInt(from.length)];
    }
}
