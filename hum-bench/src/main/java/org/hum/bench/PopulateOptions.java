package org.hum.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link Populate}'s options, each given as {@code --name value}; a bad one stops it before it writes anything. */
record PopulateOptions(Path home, int files, int documents, long audit, String jdbc, String database, String keysDatabase,
                       long expectedSources, int threads, int officers, int atRest, int authorised) {
    static PopulateOptions parse(String[] args) {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("arguments go in pairs: --name value (" + args[i] + ")");
            }
            a.put(args[i].substring(2), args[++i]);
        }
        PopulateOptions o;
        try {
            o = new PopulateOptions(Path.of(a.getOrDefault("home", ".hum")),
                    Integer.parseInt(a.getOrDefault("files", "100000")),
                    Integer.parseInt(a.getOrDefault("documents", "8")), Long.parseLong(a.getOrDefault("audit", "1000000")),
                    a.getOrDefault("jdbc", "jdbc:mariadb://127.0.0.1:3306/"), a.getOrDefault("database", "hum"),
                    a.getOrDefault("keys-database", "hum_keys"), Long.parseLong(a.getOrDefault("expected-sources", "100000")),
                    Integer.parseInt(a.getOrDefault("threads", "2")), Integer.parseInt(a.getOrDefault("officers", "1000")),
                    Integer.parseInt(a.getOrDefault("at-rest", "0")), Integer.parseInt(a.getOrDefault("authorised", "0")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("files, documents, audit, expected-sources, threads, officers, at-rest and "
                    + "authorised take whole numbers (" + e.getMessage() + ")");
        }
        a.keySet().removeAll(List.of("home", "files", "documents", "audit", "jdbc", "database", "keys-database",
                "expected-sources", "threads", "officers", "at-rest", "authorised"));
        if (!a.isEmpty()) {
            throw new IllegalArgumentException("unknown options " + a.keySet());
        }
        if (o.files < 0 || o.documents < 0 || o.documents > 20 || o.audit < 0 || o.threads < 1 || o.threads > 16
                || o.officers < 1 || o.officers > 100_000 || o.atRest < 0 || o.authorised < 0 || o.atRest + o.authorised > 100
                || !o.database.matches("[a-z_][a-z0-9_]*") || !o.keysDatabase.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("files and audit at least 0, documents 0 to 20, threads 1 to 16, officers 1 "
                    + "to 100,000, at-rest and authorised percentages that add up to 100 at most, "
                    + "database names in lower case letters, digits and _");
        }
        return o;
    }
}
