package org.hum.source.control;

import org.hum.api.error.FieldError;
import org.hum.api.source.AccessKind;
import org.hum.api.source.IdentityDocument;
import org.hum.api.source.Motivation;
import org.hum.api.source.NewPromise;
import org.hum.api.source.Particulars;
import org.hum.api.source.SpecialCategory;
import org.hum.api.source.UnitCodeName;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the server checks in a registration's particulars beyond Bean Validation: the fixed
 * lists (motivations, declared special categories), dates against the rule clock's today,
 * the photo (decoded size and magic bytes), and code names repeated within one request.
 * Pure functions, so that every rule is unit-tested; each problem names its field.
 */
public final class ParticularsRules {
    /** Decoded photo bytes at most: base64 of this fits the 64 KiB body limit with the rest of a registration. */
    public static final int PHOTO_MAX_BYTES = Particulars.PHOTO_MAX_BYTES;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}]");

    private ParticularsRules() {
    }

    /** A decoded photo with its media type. */
    public record Photo(byte[] bytes, String type) {
        @Override
        public String toString() {
            return "Photo[" + type + ", " + bytes.length + " bytes]";
        }
    }

    /** Every problem with the particulars, each naming its field; empty when they may be stored. */
    public static List<FieldError> problems(Particulars p, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (p == null) {
            return errors;
        }
        if (p.recruitedOn() != null && p.recruitedOn().isAfter(today)) {
            errors.add(new FieldError("recruitedOn", "must not be in the future (today is " + today + ")"));
        }
        for (NewPromise promise : list(p.promises())) {
            if (promise != null && promise.madeOn() != null && promise.madeOn().isAfter(today)) {
                errors.add(new FieldError("madeOn", "must not be in the future: record a promise once it was made"));
            }
        }
        if (p.immigrationBenefitExpires() != null && !Boolean.TRUE.equals(p.foreignNational())) {
            errors.add(new FieldError("immigrationBenefitExpires",
                    "applies only to a foreign national: set foreignNational to true, or leave the expiry out"));
        }
        if (p.immigrationBenefitExpires() != null && blank(p.immigrationBenefit())) {
            errors.add(new FieldError("immigrationBenefit", "is required with immigrationBenefitExpires: say what the benefit or sponsorship is"));
        }
        for (String m : list(p.motivations())) {
            if (motivation(m).isEmpty()) {
                errors.add(new FieldError("motivations", "'" + safe(m) + "' is not a motivation; use "
                        + names(EnumSet.allOf(Motivation.class))));
            }
        }
        for (String c : list(p.specialCategories())) {
            Optional<SpecialCategory> category = category(c);
            if (category.isEmpty()) {
                errors.add(new FieldError("specialCategories", "'" + safe(c) + "' is not a category you can declare; use "
                        + names(declarable())));
            } else if (!category.get().declared()) {
                errors.add(new FieldError("specialCategories", category.get() + " is derived by the system (from the date "
                        + "of birth or continuous use), never declared; use " + names(declarable())));
            }
        }
        for (String alias : list(p.otherIdentities())) {
            if (alias == null || alias.isBlank() || CONTROL.matcher(alias).find()) {
                errors.add(new FieldError("otherIdentities", "each must be a name on one line, not blank"));
            }
        }
        for (IdentityDocument d : list(p.identityDocuments())) {
            if (d != null && (control(d.type()) || control(d.number()) || control(d.country()))) {
                errors.add(new FieldError("identityDocuments", "each document field must be on one line"));
            }
        }
        Set<String> units = new HashSet<>();
        for (UnitCodeName c : list(p.codeNames())) {
            if (c != null && c.unit() != null && !units.add(c.unit().strip().toUpperCase(Locale.ROOT))) {
                errors.add(new FieldError("codeNames", "gives unit " + c.unit().strip() + " twice: one code name per unit"));
            }
        }
        if (p.photo() != null && !p.photo().isBlank()) {
            photoProblem(p.photo()).ifPresent(m -> errors.add(new FieldError("photo", m)));
        }
        return errors;
    }

    /** The decoded photo, or empty when none was given; call after {@link #problems}. */
    public static Optional<Photo> photo(String base64) {
        if (base64 == null || base64.isBlank()) {
            return Optional.empty();
        }
        byte[] bytes = Base64.getMimeDecoder().decode(strip(base64));
        return Optional.of(new Photo(bytes, startsWith(bytes, JPEG) ? "image/jpeg" : "image/png"));
    }

    static Optional<String> photoProblem(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(strip(base64));
        } catch (IllegalArgumentException e) {
            return Optional.of("must be the image in base64 (optionally as a data: URL)");
        }
        if (bytes.length > PHOTO_MAX_BYTES) {
            return Optional.of("is " + bytes.length / 1024 + " KiB; a photo must be at most " + PHOTO_MAX_BYTES / 1024
                    + " KiB: make it smaller");
        }
        if (!startsWith(bytes, JPEG) && !startsWith(bytes, PNG)) {
            return Optional.of("must be a JPEG or PNG image (its first bytes are neither)");
        }
        return Optional.empty();
    }

    public static Optional<Motivation> motivation(String name) {
        return parse(Motivation.class, name);
    }

    public static Optional<SpecialCategory> category(String name) {
        return parse(SpecialCategory.class, name);
    }

    public static Optional<AccessKind> accessKind(String name) {
        return parse(AccessKind.class, name);
    }

    public static Set<SpecialCategory> declarable() {
        return EnumSet.allOf(SpecialCategory.class).stream().filter(SpecialCategory::declared)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SpecialCategory.class)));
    }

    /** The distinct values of a fixed list in a stable order, as stored: comma-separated names. */
    public static <E extends Enum<E>> String stored(Class<E> type, List<String> names) {
        Set<E> values = new LinkedHashSet<>();
        for (String n : list(names)) {
            parse(type, n).ifPresent(values::add);
        }
        return values.isEmpty() ? null : values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public static <E extends Enum<E>> List<E> read(Class<E> type, String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        List<E> out = new ArrayList<>();
        for (String n : stored.split(",")) {
            parse(type, n).ifPresent(out::add);
        }
        return out;
    }

    // ---- the encoded forms of the encrypted lists (one entry a line; fields separated by tabs) ----

    public static String encodeLines(List<String> lines) {
        return String.join("\n", lines);
    }

    public static List<String> decodeLines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }

    public static String encodeDocuments(List<IdentityDocument> docs) {
        return docs.stream().map(d -> d.type().strip() + "\t" + (d.country() == null ? "" : d.country().strip().toUpperCase(Locale.ROOT))
                + "\t" + d.number().strip()).collect(Collectors.joining("\n"));
    }

    public static List<IdentityDocument> decodeDocuments(String text) {
        List<IdentityDocument> docs = new ArrayList<>();
        for (String line : decodeLines(text)) {
            String[] f = line.split("\t", -1);
            if (f.length == 3) {
                docs.add(new IdentityDocument(f[0], f[1].isEmpty() ? null : f[1], f[2]));
            }
        }
        return docs;
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean control(String s) {
        return s != null && CONTROL.matcher(s).find();
    }

    /** A refused value echoed back, cut short and without control characters. */
    private static String safe(String s) {
        String t = s == null ? "" : CONTROL.matcher(s).replaceAll("");
        return t.length() > 32 ? t.substring(0, 32) + "..." : t;
    }

    private static String strip(String base64) {
        String s = base64.strip();
        int comma = s.indexOf(',');
        return s.startsWith("data:") && comma > 0 ? s.substring(comma + 1) : s;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
