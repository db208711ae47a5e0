package org.hum.audit.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditVerifierTest {
    @TempDir
    Path dir;

    private String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = AuditVerifier.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {Integer.toString(status), out.toString(StandardCharsets.UTF_8).strip(),
                err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void sliceFileRoundTripsAndVerifies() throws Exception {
        AuditSlice slice = Trails.honest(15, 21, 5, 7);
        String json = SliceJson.write(slice);
        assertEquals(slice, SliceJson.read(json));
        Path key = Files.writeString(dir.resolve("k.pem"), AuditKeys.publicPem(Trails.KEY.getPublic()));
        Path file = Files.writeString(dir.resolve("slice.json"), json);
        String[] r = run("--public-key", key.toString(), "--file", file.toString());
        assertEquals("0", r[0], r[2]);
        assertEquals("OK 14 entries, 3 checkpoints", r[1]);
    }

    @Test
    void tamperedSliceFileIsBrokenWithExitOne() throws Exception {
        String json = SliceJson.write(Trails.honest(15, 22, 5));
        int at = json.indexOf("\"seq\":9,");
        int actor = json.indexOf("\"actor\":\"officer", at) + "\"actor\":\"officer".length();
        String tampered = json.substring(0, actor) + "9" + json.substring(actor + 1);
        Path key = Files.writeString(dir.resolve("k.pem"), AuditKeys.publicPem(Trails.KEY.getPublic()));
        Path file = Files.writeString(dir.resolve("slice.json"), tampered);
        String[] r = run("--public-key", key.toString(), "--file", file.toString());
        assertEquals("1", r[0]);
        assertTrue(r[1].startsWith("BROKEN at seq 9: "), r[1]);
    }

    @Test
    void missingOrConflictingOptionsExitTwoWithUsage() {
        String[] none = run();
        assertEquals("2", none[0]);
        assertTrue(none[2].contains("--public-key is required"));
        String[] both = run("--public-key", "k", "--file", "f", "--jdbc", "j");
        assertEquals("2", both[0]);
        assertTrue(both[2].contains("exactly one of --file or --jdbc"));
        String[] unreadable = run("--public-key", dir.resolve("absent.pem").toString(), "--file", "f");
        assertEquals("2", unreadable[0]);
        assertTrue(unreadable[2].startsWith("cannot verify"));
    }

    @Test
    void garbageFileIsRefusedNotCrashed() throws Exception {
        Path key = Files.writeString(dir.resolve("k.pem"), AuditKeys.publicPem(Trails.KEY.getPublic()));
        for (String garbage : new String[] {"", "{", "[]", "{\"format\":\"other\"}", "{\"format\":\"hum-audit-slice-v1\"}"}) {
            Path file = Files.writeString(dir.resolve("g.json"), garbage);
            assertEquals("2", run("--public-key", key.toString(), "--file", file.toString())[0], garbage);
        }
    }
}
