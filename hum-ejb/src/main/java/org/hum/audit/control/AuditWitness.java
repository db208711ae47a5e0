package org.hum.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hum.audit.verify.Checkpoint;
import org.hum.audit.verify.SliceJson;
import org.hum.config.control.HumConfig;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The audit trail's witness outside the database (docs/operations.md, "The audit witness"): every
 * signed checkpoint, once committed, is appended as one line to a file on another path and
 * forced to disk. The chainer appends at the start of each tick what committed before it, so a
 * checkpoint whose transaction rolled back is never witnessed. A trail later found ending below
 * the newest witnessed checkpoint was cut off or restored from an older backup: the chainer
 * says so in the log, and the verifier with {@code --witness} names it.
 */
@ApplicationScoped
public class AuditWitness {
    private static final Logger LOG = Logger.getLogger(AuditWitness.class.getName());
    /** The newest line is within this many bytes of the end (a line is about 250). */
    private static final int TAIL = 8192;

    @Inject
    @ConfigProperty(name = "hum.audit.witness-file")
    Optional<String> configured;

    @Inject
    HumConfig config;

    private volatile long witnessedThrough = -1;

    /** The witness file: {@code hum.audit.witness-file}, else {@code witness/audit-checkpoints.jsonl} under {@code hum.home}. */
    public Path file() {
        return configured.filter(s -> !s.isBlank()).map(Path::of)
                .orElseGet(() -> config.home().resolve("witness/audit-checkpoints.jsonl"));
    }

    /** The last seq the witness holds a checkpoint for (0 for none), read from the file's tail once. */
    public synchronized long witnessedThrough() {
        if (witnessedThrough < 0) {
            witnessedThrough = lastWitnessed(file());
        }
        return witnessedThrough;
    }

    /** Appends these committed checkpoints, oldest first, those past what the witness holds only. */
    public synchronized void append(List<Checkpoint> committed) {
        long through = witnessedThrough();
        StringBuilder lines = new StringBuilder();
        long newest = through;
        for (Checkpoint c : committed) {
            if (c.lastSeq() > newest) {
                lines.append(SliceJson.witnessLine(c));
                newest = c.lastSeq();
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        Path file = file();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    ch.write(bytes);
                }
                ch.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the audit witness " + file, e);
        }
        witnessedThrough = newest;
    }

    /** Says, once per start, that the database's trail ends below what the witness holds. */
    private boolean warned;

    public synchronized void compare(long newestCheckpointInDatabase) {
        long through = witnessedThrough();
        if (through > newestCheckpointInDatabase && !warned) {
            warned = true;
            LOG.severe(() -> "The audit trail's newest checkpoint is at seq " + newestCheckpointInDatabase
                    + " but its witness (" + file() + ") holds one at seq " + through + ": the trail was cut off "
                    + "or restored from an older backup. Run the verifier with --witness.");
        }
    }

    static long lastWitnessed(Path file) {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            long from = Math.max(0, length - TAIL);
            byte[] tail = new byte[(int) (length - from)];
            raf.seek(from);
            raf.readFully(tail);
            String text = new String(tail, StandardCharsets.UTF_8);
            if (from > 0) {
                text = text.substring(text.indexOf('\n') + 1); // the first line read may be cut
            }
            List<Checkpoint> lines = SliceJson.readWitness(text);
            return lines.isEmpty() ? 0 : lines.get(lines.size() - 1).lastSeq();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit witness " + file, e);
        }
    }
}
