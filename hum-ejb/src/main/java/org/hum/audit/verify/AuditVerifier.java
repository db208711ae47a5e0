package org.hum.audit.verify;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The command-line verifier of HUM's audit trail (docs/architecture.md, "Audit trail"). It needs only
 * the public checkpoint key and either a database connection or an exported slice, and no
 * part of the server:
 *
 * <pre>
 * java -cp hum-ejb.jar:mariadb-java-client.jar org.hum.audit.verify.AuditVerifier \
 *     --public-key audit-public.pem --jdbc jdbc:mariadb://host/hum --user U --password P
 * java -cp hum-ejb.jar org.hum.audit.verify.AuditVerifier --public-key audit-public.pem --file slice.json
 * </pre>
 * With {@code --witness checkpoints.jsonl} (a witness's copy of the signed checkpoints) it also
 * names a trail cut off below, or rewritten since, a checkpoint the witness holds.
 *
 * Prints {@code OK <count> entries, <n> checkpoints} and exits 0, or
 * {@code BROKEN at seq <n>: <what>} naming the first broken entry and exits 1. Exit 2 means
 * it could not check at all (bad arguments, unreadable key, no connection).
 */
public final class AuditVerifier {
    private AuditVerifier() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** {@link #main} without the exit: returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(usage());
            return 2;
        }
        try {
            PublicKey key = AuditKeys.readPublicPem(Files.readString(Path.of(options.get("--public-key")), StandardCharsets.US_ASCII));
            java.util.List<Checkpoint> witnessed = options.containsKey("--witness")
                    ? SliceJson.readWitness(Files.readString(Path.of(options.get("--witness")), StandardCharsets.UTF_8))
                    : java.util.List.of();
            TrailCheck.Result result;
            if (options.containsKey("--file")) {
                AuditSlice slice = SliceJson.read(Files.readString(Path.of(options.get("--file")), StandardCharsets.UTF_8));
                result = TrailCheck.verify(slice, key, witnessed);
            } else {
                try (Connection c = DriverManager.getConnection(options.get("--jdbc"), options.get("--user"),
                        options.getOrDefault("--password", ""))) {
                    c.setReadOnly(true);
                    // a range of the trail at a time, all in one snapshot: memory flat however long the trail
                    result = TrailCheck.verify(JdbcTrail.ranges(c), key, witnessed);
                    c.commit();
                }
            }
            out.println(result.line());
            if (result.ok() && result.pending() > 0) {
                err.println(result.pending() + " newer entries are not chained yet (the chainer runs every second).");
            }
            return result.ok() ? 0 : 1;
        } catch (IOException | SQLException | IllegalArgumentException e) {
            err.println("cannot verify: " + e.getMessage());
            return 2;
        } catch (OutOfMemoryError e) {
            // not a broken trail (exit 1) but one this JVM could not hold: an exported slice is read whole, a
            // database's trail a range at a time
            err.println(options.containsKey("--file")
                    ? "cannot verify: the slice does not fit in this JVM's memory (a file is read whole: about 1 GB a "
                    + "million entries); run java with a larger -Xmx, such as -Xmx2g"
                    : "cannot verify: a range of " + TrailCheck.RANGE + " entries does not fit in this JVM's memory; run "
                    + "java with -Xmx256m or more");
            return 2;
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i];
            if (!name.matches("--(public-key|jdbc|user|password|file|witness)") || i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown or incomplete option: " + name);
            }
            o.put(name, args[i + 1]);
        }
        if (!o.containsKey("--public-key")) {
            throw new IllegalArgumentException("--public-key is required");
        }
        if (o.containsKey("--file") == o.containsKey("--jdbc")) {
            throw new IllegalArgumentException("give exactly one of --file or --jdbc");
        }
        return o;
    }

    private static String usage() {
        return "usage: AuditVerifier --public-key audit-public.pem (--file slice.json | --jdbc URL --user U --password P)"
                + " [--witness checkpoints.jsonl]";
    }
}
