package org.hum.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.officer1;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A file's contact reports are read a page at a time, latest contact first, each report once
 * across the pages and every one counted (docs/domain.md, "Contact reports"); a bad page is a 400
 * naming its field.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class ContactReportPagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aFilesReportsAreReadPageByPageLatestContactFirst() {
        String id = ContactReportIT.register(copper());
        Instant base = Instant.now().minus(Duration.ofHours(10)).truncatedTo(ChronoUnit.MINUTES);
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // contacts told out of order: the list orders them by when they happened, not when they were written
            int hour = (i * 5) % 7;
            Api.Reply r = ContactReportIT.submit(officer1(), id, ContactReportIT.report("Call " + hour)
                    .add("occurredAt", base.plus(Duration.ofHours(hour)).toString()));
            assertEquals(201, r.status(), r.body());
            made.add(hour + ":" + r.json().getString("id"));
        }
        List<String> latestFirst = made.stream().sorted(Comparator.comparing((String m) -> Integer.parseInt(m.split(":")[0])).reversed())
                .map(m -> m.split(":")[1]).toList();
        String officer = Api.token(officer1());
        List<String> read = new ArrayList<>();
        for (int from = 0; from < 7; from += 3) {
            Api.Reply page = Api.get(officer, "sources/" + id + "/contact-reports?from=" + from + "&size=3");
            assertEquals(200, page.status(), page.body());
            assertEquals(7, page.json().getJsonNumber("total").longValue(), "every report of the file is counted");
            assertEquals(from, page.json().getInt("from"));
            page.json().getJsonArray("reports").forEach(r -> read.add(r.asJsonObject().getString("id")));
        }
        assertEquals(latestFirst, read, "three pages, latest contact first, each report once");
        assertEquals(7, Api.get(officer, "sources/" + id + "/contact-reports").json().getJsonArray("reports").size(),
                "fifty a page unless asked");
        for (String bad : List.of("from=-1", "from=x", "size=0", "size=201", "size=many")) {
            Api.Reply r = Api.get(officer, "sources/" + id + "/contact-reports?" + bad);
            assertEquals(400, r.status(), bad + ": " + r.body());
            assertEquals(bad.substring(0, bad.indexOf('=')), r.json().getJsonArray("errors").getJsonObject(0).getString("field"),
                    "names the field: " + r.body());
        }
    }
}
