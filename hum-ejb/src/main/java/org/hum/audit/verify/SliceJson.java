package org.hum.audit.verify;
// Over 300 lines: the verifier reads and writes its slice without a JSON library (it runs outside the server), so the small parser lives here.

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exported slice as JSON ({@code "format": "hum-audit-slice-v1"}): written by the server's
 * export and read by the command-line verifier, which runs without any JSON library. Hashes
 * are hex, signatures Base64, times ISO-8601 UTC with microseconds.
 */
public final class SliceJson {
    public static final String FORMAT = "hum-audit-slice-v1";

    private SliceJson() {
    }

    public static String write(AuditSlice slice) {
        StringBuilder b = new StringBuilder(4096);
        b.append("{\"format\":\"").append(FORMAT).append("\",\"complete\":").append(slice.complete());
        b.append(",\n\"entries\":[");
        String sep = "\n";
        for (AuditEntry e : slice.entries()) {
            b.append(sep).append("{\"seq\":").append(e.seq());
            field(b, "occurredAt", e.occurredAt().toString());
            field(b, "actor", e.actor());
            field(b, "actorRoles", e.actorRoles());
            field(b, "action", e.action());
            field(b, "objectType", e.objectType());
            field(b, "objectId", e.objectId());
            field(b, "label", e.label());
            field(b, "purpose", e.purpose());
            field(b, "outcome", e.outcome());
            field(b, "clientAddress", e.clientAddress());
            field(b, "correlationId", e.correlationId());
            field(b, "entryHash", AuditHashes.hex(e.entryHash()));
            b.append('}');
            sep = ",\n";
        }
        b.append("],\n\"chain\":[");
        sep = "\n";
        for (ChainLink l : slice.links()) {
            b.append(sep).append("{\"seq\":").append(l.seq());
            field(b, "prevChainHash", AuditHashes.hex(l.prevChainHash()));
            field(b, "entryHash", AuditHashes.hex(l.entryHash()));
            field(b, "chainHash", AuditHashes.hex(l.chainHash()));
            b.append(",\"gap\":").append(l.gap()).append('}');
            sep = ",\n";
        }
        b.append("],\n\"checkpoints\":[");
        sep = "\n";
        for (Checkpoint c : slice.checkpoints()) {
            checkpoint(b.append(sep), c);
            sep = ",\n";
        }
        return b.append("]}\n").toString();
    }

    private static StringBuilder checkpoint(StringBuilder b, Checkpoint c) {
        b.append("{\"id\":").append(c.id()).append(",\"lastSeq\":").append(c.lastSeq())
                .append(",\"entryCount\":").append(c.entryCount());
        field(b, "chainHash", AuditHashes.hex(c.chainHash()));
        field(b, "signedAt", c.signedAt().toString());
        field(b, "signature", Base64.getEncoder().encodeToString(c.signature()));
        field(b, "keyId", c.keyId());
        return b.append('}');
    }

    /**
     * One signed checkpoint as one line of a witness (docs/operations.md, "The audit witness"): the
     * witness file and the witness endpoint write these, the verifier's {@code --witness} reads them.
     */
    public static String witnessLine(Checkpoint c) {
        return checkpoint(new StringBuilder(256), c).append('\n').toString();
    }

    /** The checkpoints of a witness, one JSON object a line; a bad line fails naming its number. */
    public static List<Checkpoint> readWitness(String text) {
        List<Checkpoint> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                Object o = new Parser(line).document();
                if (!(o instanceof Map<?, ?> c)) {
                    throw new IllegalArgumentException("not a JSON object");
                }
                out.add(checkpoint(c));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("witness line " + (i + 1) + " is not a signed checkpoint: "
                        + e.getMessage());
            }
        }
        return out;
    }

    private static Checkpoint checkpoint(Map<?, ?> c) {
        return new Checkpoint(number(c, "id"), number(c, "lastSeq"), number(c, "entryCount"),
                AuditHashes.unhex(text(c, "chainHash")), Instant.parse(text(c, "signedAt")),
                Base64.getDecoder().decode(text(c, "signature")), text(c, "keyId"));
    }

    /** Reads a slice; a file that is not one fails with a message naming what is wrong. */
    public static AuditSlice read(String json) {
        try {
            return slice(json);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            // a value missing or of the wrong kind where a record needs it (found by fuzzing: a link without
            // its chainHash was a NullPointerException, which the verifier would have printed as a crash)
            throw new IllegalArgumentException("not a HUM audit slice: a value is missing or of the wrong kind ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static AuditSlice slice(String json) {
        Object root = new Parser(json).document();
        if (!(root instanceof Map<?, ?> m) || !FORMAT.equals(m.get("format"))) {
            throw new IllegalArgumentException("not a HUM audit slice: expected \"format\": \"" + FORMAT + "\"");
        }
        List<AuditEntry> entries = new ArrayList<>();
        for (Object o : list(m, "entries")) {
            Map<?, ?> e = (Map<?, ?>) o;
            entries.add(new AuditEntry(number(e, "seq"), Instant.parse(text(e, "occurredAt")), text(e, "actor"),
                    text(e, "actorRoles"), text(e, "action"), text(e, "objectType"), text(e, "objectId"),
                    text(e, "label"), text(e, "purpose"), text(e, "outcome"), text(e, "clientAddress"),
                    text(e, "correlationId"), AuditHashes.unhex(text(e, "entryHash"))));
        }
        List<ChainLink> links = new ArrayList<>();
        for (Object o : list(m, "chain")) {
            Map<?, ?> l = (Map<?, ?>) o;
            links.add(new ChainLink(number(l, "seq"), AuditHashes.unhex(text(l, "prevChainHash")),
                    AuditHashes.unhex(text(l, "entryHash")), AuditHashes.unhex(text(l, "chainHash")),
                    Boolean.TRUE.equals(l.get("gap"))));
        }
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (Object o : list(m, "checkpoints")) {
            checkpoints.add(checkpoint((Map<?, ?>) o));
        }
        return new AuditSlice(entries, links, checkpoints, Boolean.TRUE.equals(m.get("complete")));
    }

    private static void field(StringBuilder b, String name, String value) {
        b.append(",\"").append(name).append("\":");
        if (value == null) {
            b.append("null");
            return;
        }
        b.append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    private static List<?> list(Map<?, ?> m, String name) {
        Object v = m.get(name);
        if (!(v instanceof List<?> l)) {
            throw new IllegalArgumentException("the slice has no \"" + name + "\" array");
        }
        return l;
    }

    private static String text(Map<?, ?> m, String name) {
        Object v = m.get(name);
        if (v != null && !(v instanceof String)) {
            throw new IllegalArgumentException("\"" + name + "\" must be a string");
        }
        return (String) v;
    }

    private static long number(Map<?, ?> m, String name) {
        if (!(m.get(name) instanceof Long n)) {
            throw new IllegalArgumentException("\"" + name + "\" must be a whole number");
        }
        return n;
    }

    /** A minimal JSON reader: objects, arrays, strings, whole numbers, true, false, null. */
    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        Object document() {
            Object v = value();
            skip();
            if (i != s.length()) {
                throw error("unexpected text after the document");
            }
            return v;
        }

        private Object value() {
            skip();
            if (i >= s.length()) {
                throw error("unexpected end");
            }
            char c = s.charAt(i);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default:
                    return number();
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> m = new LinkedHashMap<>();
            i++;
            skip();
            if (peek('}')) {
                i++;
                return m;
            }
            while (true) {
                skip();
                if (!peek('"')) {
                    throw error("expected a field name");
                }
                String name = string();
                skip();
                expect(':');
                m.put(name, value());
                skip();
                if (peek(',')) {
                    i++;
                } else {
                    expect('}');
                    return m;
                }
            }
        }

        private List<Object> array() {
            List<Object> l = new ArrayList<>();
            i++;
            skip();
            if (peek(']')) {
                i++;
                return l;
            }
            while (true) {
                l.add(value());
                skip();
                if (peek(',')) {
                    i++;
                } else {
                    expect(']');
                    return l;
                }
            }
        }

        private String string() {
            i++;
            StringBuilder b = new StringBuilder();
            while (i < s.length()) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                if (i >= s.length()) {
                    break;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        if (i + 4 > s.length()) {
                            throw error("bad \\u escape");
                        }
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            }
            throw error("unterminated string");
        }

        private Long number() {
            int from = i;
            if (peek('-')) {
                i++;
            }
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            try {
                return Long.parseLong(s.substring(from, i));
            } catch (NumberFormatException e) {
                throw error("expected a whole number");
            }
        }

        private Object literal(String word, Object value) {
            if (!s.startsWith(word, i)) {
                throw error("expected " + word);
            }
            i += word.length();
            return value;
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private boolean peek(char c) {
            return i < s.length() && s.charAt(i) == c;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw error("expected '" + c + "'");
            }
            i++;
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("the slice is not valid JSON at character " + i + ": " + what);
        }
    }
}
