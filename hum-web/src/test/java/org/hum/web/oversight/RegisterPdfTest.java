package org.hum.web.oversight;

import org.hum.api.oversight.RegisterExport;
import org.hum.api.oversight.RegisterRow;
import org.hum.api.source.SourceStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inspection pack read back as text with poppler's {@code pdftotext}, as an inspector's tools
 * would: the marking in the header and the footer of every page, "page n of m", every file's row.
 */
class RegisterPdfTest {

    @Test
    void everyPageCarriesTheMarkingTwiceAndEveryRowIsThere() throws Exception {
        List<RegisterRow> rows = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            rows.add(new RegisterRow("id-" + i, String.format("HUM-2026-%05d", i), String.format("KESTREL-T%02d", i),
                    "COPPER", "SENSITIVE", i % 7 == 0 ? SourceStatus.DEACTIVATED : SourceStatus.ACTIVE,
                    Instant.parse("2026-03-01T10:00:00Z"), List.of("officer1"), List.of("controller1"),
                    Instant.parse("2026-04-01T10:00:00Z"), Instant.parse("2027-04-01T10:00:00Z"), LocalDate.parse("2026-12-20"),
                    null, LocalDate.parse("2027-03-01"), List.of("JUVENILE"), Instant.parse("2026-11-30T08:00:00Z"),
                    new BigDecimal("120.00"), new BigDecimal("1520.50"), i % 5 == 0));
        }
        byte[] pdf = RegisterPdf.of(new RegisterExport("SECRET//COPPER/MESA", Instant.parse("2026-12-05T10:00:00Z"),
                "reviewer1", "every file; sorted by codeName", rows));
        Path file = Files.createTempFile("register", ".pdf");
        try {
            Files.write(file, pdf);
            String all = run("pdftotext", "-layout", file.toString(), "-");
            int pages = all.split("\f", -1).length - 1;
            assertTrue(pages >= 2, "90 rows run over several pages: " + pages);
            for (int p = 1; p <= pages; p++) {
                String page = run("pdftotext", "-layout", "-f", "" + p, "-l", "" + p, file.toString(), "-");
                assertEquals(2, count(page, "SECRET//COPPER/MESA"), "header and footer of page " + p + ":\n" + page);
                assertTrue(page.contains("Page " + p + " of " + pages), page);
                assertTrue(page.contains("Source no."), "the table's header on every page");
            }
            for (RegisterRow r : rows) {
                assertTrue(all.contains(r.codeName()) && all.contains(r.sourceNumber()), r.codeName() + " in\n" + all);
            }
            assertTrue(all.contains("Made by reviewer1 on 2026-12-05 10:00 UTC. 90 files: every file; sorted by codeName"), all);
            assertTrue(all.contains("1520.50"));
        } finally {
            Files.delete(file);
        }
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", command) + ": " + out);
        return out;
    }
}
