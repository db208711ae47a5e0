package org.hum.partner.stix;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.hum.api.reporting.Tlp;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks STIX 2.1 objects and bundles against the specification's normative (MUST) rules, so that
 * what we send is checked by something other than the code that wrote it. Answers a list of
 * violations people can read, each naming the object and the property; empty means valid.
 *
 * <p>What it checks (STIX 2.1 sections 2 and 3: common data types, common properties, the objects):
 * <ul>
 *   <li>the common properties each kind requires: SDOs, SROs, {@code extension-definition} and
 *       {@code language-content} need type, spec_version "2.1", id, created, modified; SCOs need type
 *       and id; a {@code marking-definition} needs type, spec_version, id, created and carries none of
 *       modified, revoked, labels, confidence, lang;</li>
 *   <li>identifiers {@code <type>--<UUID>}: the type is the object's (or, for references, the one the
 *       property demands), the UUID is RFC 4122 (variant 10xx, version 1-5; 4 or 5 for SDOs and SROs);</li>
 *   <li>timestamps: RFC 3339 in UTC with 'Z', a real date; created and modified to the millisecond;
 *       modified not before created;</li>
 *   <li>type names (3-250 of a-z, 0-9, '-', no "--") and property names (3-250 of a-z, 0-9, '_');
 *       a property the specification does not define for a type this validator knows fully must start
 *       with {@code x_}, unless a toplevel-property-extension is declared;</li>
 *   <li>references: {@code *_ref} holds an identifier and {@code *_refs} a non-empty list of them;
 *       created_by_ref points at an identity, object_marking_refs and marking_ref at
 *       marking-definitions;</li>
 *   <li>revoked is a boolean, confidence an integer 0-100, lang an RFC 5646 tag, labels and every other
 *       list non-empty, external_references each with a source_name and one of description, url,
 *       external_id; granular_markings each with selectors and one of marking_ref or lang;
 *       extensions keyed by extension-definition ids (with an extension_type) or {@code -ext} names;</li>
 *   <li>per object: report (name, published, object_refs), location (region, country or
 *       latitude+longitude; both coordinates or neither, in range; precision only with them), note
 *       (content, object_refs), identity (name), relationship (relationship_type, source_ref,
 *       target_ref), extension-definition (created_by_ref, name, schema, version, extension_types),
 *       marking-definition (a definition, statement or TLP 1.0 as predefined, or the TLP 2.0
 *       extension exactly as published);</li>
 *   <li>bundles: type "bundle", id {@code bundle--<UUID>}, no spec_version (STIX 2.0 had one), objects
 *       a non-empty list of valid objects.</li>
 * </ul>
 * An object of a type the specification does not define (a custom object) is held to the SDO rules
 * if it has created or modified, to the SCO rules otherwise.
 */
public final class StixValidator {
    static final Set<String> SDO = Set.of("attack-pattern", "campaign", "course-of-action", "grouping", "identity",
            "incident", "indicator", "infrastructure", "intrusion-set", "location", "malware", "malware-analysis",
            "note", "observed-data", "opinion", "report", "threat-actor", "tool", "vulnerability");
    static final Set<String> SRO = Set.of("relationship", "sighting");
    static final Set<String> SCO = Set.of("artifact", "autonomous-system", "directory", "domain-name", "email-addr",
            "email-message", "file", "ipv4-addr", "ipv6-addr", "mac-addr", "mutex", "network-traffic", "process",
            "software", "url", "user-account", "windows-registry-key", "x509-certificate");

    private static final Set<String> COMMON = Set.of("type", "spec_version", "id", "created_by_ref", "created",
            "modified", "revoked", "labels", "confidence", "lang", "external_references", "object_marking_refs",
            "granular_markings", "extensions");
    private static final Set<String> MARKING_PROPERTIES = Set.of("type", "spec_version", "id", "created_by_ref",
            "created", "external_references", "object_marking_refs", "granular_markings", "extensions", "name",
            "definition_type", "definition");
    /** The properties the specification defines per type, for the types this validator knows fully. */
    private static final Map<String, Set<String>> SPECIFIC = Map.of(
            "identity", Set.of("name", "description", "roles", "identity_class", "sectors", "contact_information"),
            "report", Set.of("name", "description", "report_types", "published", "object_refs"),
            "location", Set.of("name", "description", "latitude", "longitude", "precision", "region", "country",
                    "administrative_area", "city", "street_address", "postal_code"),
            "note", Set.of("abstract", "content", "authors", "object_refs"),
            "relationship", Set.of("relationship_type", "description", "source_ref", "target_ref", "start_time",
                    "stop_time"),
            "extension-definition", Set.of("name", "description", "schema", "version", "extension_types",
                    "extension_properties"));
    /** The common and the type's own properties, per type in {@link #SPECIFIC}. */
    private static final Map<String, Set<String>> DEFINED = SPECIFIC.entrySet().stream().collect(
            java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> {
                Set<String> all = new HashSet<>(COMMON);
                all.addAll(e.getValue());
                return Set.copyOf(all);
            }));
    private static final Set<String> EXTENSION_TYPES = Set.of("new-sdo", "new-sco", "new-sro", "property-extension",
            "toplevel-property-extension");
    private static final Set<String> TIMESTAMPS = Set.of("created", "modified", "published", "first_seen", "last_seen",
            "valid_from", "valid_until", "first_observed", "last_observed", "start_time", "stop_time", "object_modified");
    private static final Set<String> NOT_ON_MARKINGS = Set.of("modified", "revoked", "labels", "confidence", "lang");
    /** TLP 1.0 as STIX 2.1 predefines it (section 7.2.1.4): id and level. */
    private static final Map<String, String> TLP_1 = Map.of(
            "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", "white",
            "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", "green",
            "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", "amber",
            "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", "red");
    private static final String TLP_1_CREATED = "2017-01-20T00:00:00.000Z";

    private static final Pattern TYPE_NAME = Pattern.compile("[a-z0-9-]{3,250}");
    private static final Pattern PROPERTY_NAME = Pattern.compile("[a-z0-9_]{3,250}");
    private static final Pattern IDENTIFIER = Pattern.compile(
            "(.+?)--([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-([0-9a-fA-F])[0-9a-fA-F]{3}-([0-9a-fA-F])[0-9a-fA-F]{3}-[0-9a-fA-F]{12})");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.(\\d+))?Z");
    /** RFC 5646 in outline: a 2-3 letter (or 4-8) primary subtag, then subtags of 1-8 letters or digits. */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    /** The violations of a bundle or of a single object (empty: valid). */
    public List<String> validate(JsonObject objectOrBundle) {
        JsonValue type = objectOrBundle.get("type");
        if (type instanceof JsonString s && s.getString().equals("bundle")) {
            return validateBundle(objectOrBundle);
        }
        return validateObject(objectOrBundle);
    }

    /** The violations of a bundle and of every object in it. */
    public List<String> validateBundle(JsonObject bundle) {
        Checks c = new Checks(subject(bundle, "bundle"));
        if (!c.string(bundle, "type").map("bundle"::equals).orElse(false)) {
            c.add("type", "must be \"bundle\"");
        }
        if (!bundle.containsKey("id")) {
            c.add("id", "is required");
        } else {
            c.identifier("id", bundle.get("id"), "bundle", false);
        }
        if (bundle.containsKey("spec_version")) {
            c.add("spec_version", "a STIX 2.1 bundle has none (STIX 2.0 bundles had one)");
        }
        if (bundle.containsKey("objects")) {
            JsonValue objects = bundle.get("objects");
            if (!(objects instanceof JsonArray list) || list.isEmpty()) {
                c.add("objects", "must be a non-empty list of objects");
            } else {
                for (int i = 0; i < list.size(); i++) {
                    JsonValue o = list.get(i);
                    if (!(o instanceof JsonObject object)) {
                        c.add("objects[" + i + "]", "must be an object");
                        continue;
                    }
                    for (String v : validateObject(object)) {
                        c.out.add("objects[" + i + "] " + v);
                    }
                }
            }
        }
        return c.out;
    }

    /** The violations of one STIX object. */
    public List<String> validateObject(JsonObject o) {
        Checks c = new Checks(subject(o, "object"));
        Optional<String> typeValue = c.string(o, "type");
        if (typeValue.isEmpty()) {
            c.add("type", "is required (a string)");
            return c.out;
        }
        String type = typeValue.get();
        if (!TYPE_NAME.matcher(type).matches() || type.contains("--") || !Character.isLetter(type.charAt(0))) {
            c.add("type", "\"" + type + "\" is not a type name (3-250 of a-z, 0-9 and '-', starting with a letter, no \"--\")");
        }
        boolean marking = type.equals("marking-definition");
        boolean sco = SCO.contains(type) || (!known(type) && !o.containsKey("created") && !o.containsKey("modified"));
        boolean versioned = !marking && !sco; // SDO, SRO, extension-definition, language-content, custom objects

        // required common properties
        if (!o.containsKey("id")) {
            c.add("id", "is required");
        } else {
            c.identifier("id", o.get("id"), type, SDO.contains(type) || SRO.contains(type));
        }
        if (o.containsKey("spec_version") || !sco) {
            JsonValue sv = o.get("spec_version");
            if (sv == null) {
                c.add("spec_version", "is required");
            } else if (!(sv instanceof JsonString s) || !s.getString().equals("2.1")) {
                c.add("spec_version", "must be \"2.1\"");
            }
        }
        if (versioned || marking) {
            require(c, o, "created");
        }
        if (versioned) {
            require(c, o, "modified");
        }
        if (sco) {
            for (String p : List.of("created", "modified", "created_by_ref", "revoked", "labels", "confidence", "lang",
                    "external_references")) {
                if (o.containsKey(p) && SCO.contains(type)) {
                    c.add(p, "is not a property of a cyber-observable object");
                }
            }
        }
        if (marking) {
            for (String p : NOT_ON_MARKINGS) {
                if (o.containsKey(p)) {
                    c.add(p, "is not a property of a marking-definition");
                }
            }
        }

        // every property
        boolean toplevelExtension = declaresToplevelExtension(o);
        Set<String> defined = defined(type);
        for (Map.Entry<String, JsonValue> e : o.entrySet()) {
            String name = e.getKey();
            JsonValue value = e.getValue();
            boolean isDefined = defined != null && defined.contains(name);
            if (!name.equals("id") && !PROPERTY_NAME.matcher(name).matches()) {
                c.add(name, "is not a property name (3-250 of a-z, 0-9 and '_')");
            } else if (defined != null && !isDefined && !name.startsWith("x_") && !toplevelExtension) {
                c.add(name, "is not defined for " + type + " (a custom property must start with x_ or come from an extension)");
            }
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                c.add(name, "must not be null (leave an empty property out)");
                continue;
            }
            if (value instanceof JsonArray list && list.isEmpty()) {
                c.add(name, "must not be an empty list");
            }
            if (TIMESTAMPS.contains(name)) {
                c.timestamp(name, value, name.equals("created") || name.equals("modified"));
            }
            if (name.endsWith("_ref")) {
                c.identifier(name, value, name.equals("created_by_ref") ? "identity" : null, false);
            } else if (name.endsWith("_refs")) {
                String target = name.equals("object_marking_refs") ? "marking-definition" : null;
                if (!(value instanceof JsonArray list)) {
                    c.add(name, "must be a list of identifiers");
                } else {
                    for (int i = 0; i < list.size(); i++) {
                        c.identifier(name + "[" + i + "]", list.get(i), target, false);
                    }
                }
            }
        }
        commonProperties(c, o);
        c.notBefore(o, "modified", "created");

        switch (type) {
            case "report" -> report(c, o);
            case "location" -> location(c, o);
            case "note" -> note(c, o);
            case "identity" -> requireText(c, o, "name");
            case "relationship" -> {
                requireText(c, o, "relationship_type");
                require(c, o, "source_ref");
                require(c, o, "target_ref");
            }
            case "marking-definition" -> markingDefinition(c, o);
            case "extension-definition" -> extensionDefinition(c, o);
            case "language-content" -> {
                require(c, o, "object_ref");
                if (!(o.get("contents") instanceof JsonObject)) {
                    c.add("contents", "is required (a dictionary)");
                }
            }
            default -> {
            }
        }
        return c.out;
    }

    private static void commonProperties(Checks c, JsonObject o) {
        if (o.containsKey("revoked") && !isBoolean(o.get("revoked"))) {
            c.add("revoked", "must be a boolean");
        }
        if (o.containsKey("confidence")) {
            JsonValue v = o.get("confidence");
            if (!(v instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < 0 || n.longValue() > 100) {
                c.add("confidence", "must be an integer from 0 to 100");
            }
        }
        if (o.containsKey("lang")) {
            JsonValue v = o.get("lang");
            if (!(v instanceof JsonString s) || !LANGUAGE_TAG.matcher(s.getString()).matches()) {
                c.add("lang", "must be an RFC 5646 language tag");
            }
        }
        if (o.containsKey("labels")) {
            c.listOfStrings(o, "labels");
        }
        if (o.get("external_references") instanceof JsonArray refs) {
            for (int i = 0; i < refs.size(); i++) {
                String where = "external_references[" + i + "]";
                if (!(refs.get(i) instanceof JsonObject ref)) {
                    c.add(where, "must be an object");
                    continue;
                }
                if (!(ref.get("source_name") instanceof JsonString)) {
                    c.add(where, "needs a source_name");
                }
                if (!ref.containsKey("description") && !ref.containsKey("url") && !ref.containsKey("external_id")) {
                    c.add(where, "needs one of description, url or external_id");
                }
            }
        } else if (o.containsKey("external_references")) {
            c.add("external_references", "must be a list");
        }
        if (o.get("granular_markings") instanceof JsonArray markings) {
            for (int i = 0; i < markings.size(); i++) {
                String where = "granular_markings[" + i + "]";
                if (!(markings.get(i) instanceof JsonObject m)) {
                    c.add(where, "must be an object");
                    continue;
                }
                if (!(m.get("selectors") instanceof JsonArray s) || s.isEmpty()) {
                    c.add(where, "needs a non-empty list of selectors");
                }
                if (m.containsKey("marking_ref") == m.containsKey("lang")) {
                    c.add(where, "needs exactly one of marking_ref or lang");
                }
                if (m.containsKey("marking_ref")) {
                    c.identifier(where + ".marking_ref", m.get("marking_ref"), "marking-definition", false);
                }
            }
        } else if (o.containsKey("granular_markings")) {
            c.add("granular_markings", "must be a list");
        }
        if (o.containsKey("extensions")) {
            extensions(c, o.get("extensions"));
        }
    }

    private static void extensions(Checks c, JsonValue value) {
        if (!(value instanceof JsonObject extensions) || extensions.isEmpty()) {
            c.add("extensions", "must be a non-empty dictionary");
            return;
        }
        for (Map.Entry<String, JsonValue> e : extensions.entrySet()) {
            String key = e.getKey();
            String where = "extensions." + key;
            if (!(e.getValue() instanceof JsonObject ext) || ext.isEmpty()) {
                c.add(where, "must be a non-empty dictionary");
                continue;
            }
            if (key.startsWith("extension-definition--")) {
                c.identifierText(where, key, "extension-definition", false);
                JsonValue t = ext.get("extension_type");
                if (!(t instanceof JsonString s) || !EXTENSION_TYPES.contains(s.getString())) {
                    c.add(where + ".extension_type", "must be one of " + EXTENSION_TYPES.stream().sorted().toList());
                }
            } else if (!key.endsWith("-ext")) {
                c.add(where, "an extension's key is an extension-definition id or a predefined '-ext' name");
            }
        }
    }

    private static void report(Checks c, JsonObject o) {
        requireText(c, o, "name");
        require(c, o, "published");
        require(c, o, "object_refs");
        if (o.containsKey("report_types")) {
            c.listOfStrings(o, "report_types");
        }
    }

    private static void location(Checks c, JsonObject o) {
        boolean lat = o.containsKey("latitude");
        boolean lon = o.containsKey("longitude");
        if (!o.containsKey("region") && !o.containsKey("country") && !(lat && lon)) {
            c.add("(location)", "needs region, country, or latitude and longitude");
        }
        if (lat != lon) {
            c.add(lat ? "latitude" : "longitude", "latitude and longitude come together");
        }
        c.range(o, "latitude", -90, 90);
        c.range(o, "longitude", -180, 180);
        if (o.containsKey("precision") && !(lat && lon)) {
            c.add("precision", "only with latitude and longitude");
        }
        for (String p : List.of("region", "country", "administrative_area", "city", "street_address", "postal_code", "name")) {
            if (o.containsKey(p) && !(o.get(p) instanceof JsonString)) {
                c.add(p, "must be a string");
            }
        }
    }

    private static void note(Checks c, JsonObject o) {
        requireText(c, o, "content");
        require(c, o, "object_refs");
        if (o.containsKey("authors")) {
            c.listOfStrings(o, "authors");
        }
    }

    private static void extensionDefinition(Checks c, JsonObject o) {
        require(c, o, "created_by_ref");
        requireText(c, o, "name");
        requireText(c, o, "schema");
        requireText(c, o, "version");
        if (!(o.get("extension_types") instanceof JsonArray types) || types.isEmpty()) {
            c.add("extension_types", "is required (a non-empty list)");
            return;
        }
        boolean toplevel = false;
        for (JsonValue t : types) {
            if (!(t instanceof JsonString s) || !EXTENSION_TYPES.contains(s.getString())) {
                c.add("extension_types", "holds " + t + ", not one of " + EXTENSION_TYPES.stream().sorted().toList());
            } else {
                toplevel |= s.getString().equals("toplevel-property-extension");
            }
        }
        if (o.containsKey("extension_properties") && !toplevel) {
            c.add("extension_properties", "only for a toplevel-property-extension");
        }
    }

    private static void markingDefinition(Checks c, JsonObject o) {
        String id = o.get("id") instanceof JsonString s ? s.getString() : "";
        JsonValue tlp2 = o.get("extensions") instanceof JsonObject ext ? ext.get(TlpMarkings.EXTENSION_DEFINITION_ID) : null;
        if (tlp2 != null) {
            tlp2Marking(c, o, id, tlp2);
            return;
        }
        if (!o.containsKey("extensions")) {
            requireText(c, o, "definition_type");
            if (!(o.get("definition") instanceof JsonObject)) {
                c.add("definition", "is required (an object) unless the marking comes from an extension");
                return;
            }
        }
        String definitionType = o.get("definition_type") instanceof JsonString s ? s.getString() : "";
        JsonObject definition = o.get("definition") instanceof JsonObject d ? d : JsonValue.EMPTY_JSON_OBJECT;
        if (definitionType.equals("statement") && !(definition.get("statement") instanceof JsonString)) {
            c.add("definition.statement", "a statement marking needs its statement");
        }
        if (definitionType.equals("tlp")) {
            String level = TLP_1.get(id);
            JsonValue given = definition.get("tlp");
            if (level == null || !(given instanceof JsonString g) || !g.getString().equals(level)
                    || !TLP_1_CREATED.equals(text(o, "created"))
                    || !("TLP:" + level.toUpperCase(java.util.Locale.ROOT)).equals(text(o, "name"))) {
                c.add("definition", "a TLP 1.0 marking must be one of the four STIX predefines, exactly");
            }
        }
        if (TlpMarkings.fromId(id).isPresent()) {
            c.add("extensions", "a TLP 2.0 marking's id needs the TLP 2.0 extension");
        }
    }

    private static void tlp2Marking(Checks c, JsonObject o, String id, JsonValue extension) {
        Optional<Tlp> tlp = TlpMarkings.fromId(id);
        if (tlp.isEmpty()) {
            c.add("id", "is not one of the five published TLP 2.0 marking definitions");
            return;
        }
        if (!tlp.get().marking().equals(text(o, "name"))) {
            c.add("name", "must be \"" + tlp.get().marking() + "\" for this TLP 2.0 marking");
        }
        if (!TlpMarkings.CREATED.equals(text(o, "created"))) {
            c.add("created", "must be " + TlpMarkings.CREATED + " for a TLP 2.0 marking");
        }
        if (!(extension instanceof JsonObject e) || !"property-extension".equals(text(e, "extension_type"))
                || !TlpMarkings.level(tlp.get()).equals(text(e, "tlp_2_0")) || e.size() != 2) {
            c.add("extensions." + TlpMarkings.EXTENSION_DEFINITION_ID,
                    "must be {\"extension_type\":\"property-extension\",\"tlp_2_0\":\"" + TlpMarkings.level(tlp.get()) + "\"}");
        }
        if (o.containsKey("definition") || o.containsKey("definition_type")) {
            c.add("definition", "a TLP 2.0 marking has no definition, only the extension");
        }
    }

    private static boolean declaresToplevelExtension(JsonObject o) {
        if (!(o.get("extensions") instanceof JsonObject extensions)) {
            return false;
        }
        return extensions.values().stream().anyMatch(v -> v instanceof JsonObject e
                && "toplevel-property-extension".equals(text(e, "extension_type")));
    }

    private static Set<String> defined(String type) {
        return type.equals("marking-definition") ? MARKING_PROPERTIES : DEFINED.get(type);
    }

    private static boolean known(String type) {
        return SDO.contains(type) || SRO.contains(type) || SCO.contains(type) || type.equals("marking-definition")
                || type.equals("extension-definition") || type.equals("language-content");
    }

    private static void require(Checks c, JsonObject o, String name) {
        if (!o.containsKey(name)) {
            c.add(name, "is required");
        }
    }

    private static void requireText(Checks c, JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null) {
            c.add(name, "is required");
        } else if (!(v instanceof JsonString s) || s.getString().isBlank()) {
            c.add(name, "must be a non-empty string");
        }
    }

    private static boolean isBoolean(JsonValue v) {
        return v.getValueType() == JsonValue.ValueType.TRUE || v.getValueType() == JsonValue.ValueType.FALSE;
    }

    private static String text(JsonObject o, String name) {
        return o.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private static String subject(JsonObject o, String fallback) {
        if (o.get("id") instanceof JsonString id) {
            return id.getString();
        }
        return o.get("type") instanceof JsonString type ? type.getString() : fallback;
    }

    /** The violations found so far for one object, each "subject: property: problem". */
    private static final class Checks {
        final String subject;
        final List<String> out = new ArrayList<>();

        Checks(String subject) {
            this.subject = subject;
        }

        void add(String property, String problem) {
            out.add(subject + ": " + property + ": " + problem);
        }

        Optional<String> string(JsonObject o, String name) {
            return o.get(name) instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
        }

        /** An identifier; of the given type if not null; a version 4 or 5 UUID if asked. */
        void identifier(String property, JsonValue value, String type, boolean v4or5) {
            if (!(value instanceof JsonString s)) {
                add(property, "must be an identifier (a string)");
                return;
            }
            identifierText(property, s.getString(), type, v4or5);
        }

        void identifierText(String property, String text, String type, boolean v4or5) {
            Matcher m = IDENTIFIER.matcher(text);
            if (!m.matches()) {
                add(property, "\"" + text + "\" is not an identifier <type>--<UUID>");
                return;
            }
            String idType = m.group(1);
            if (!TYPE_NAME.matcher(idType).matches() || idType.contains("--")) {
                add(property, "\"" + idType + "\" is not a type name");
            }
            if (type != null && !idType.equals(type)) {
                add(property, "must identify a " + type + ", not a " + idType);
            }
            char version = m.group(3).charAt(0);
            char variant = Character.toLowerCase(m.group(4).charAt(0));
            if ("89ab".indexOf(variant) < 0) {
                add(property, "the UUID is not of the RFC 4122 variant");
            }
            if (version < '1' || version > '5') {
                add(property, "the UUID's version " + version + " is not an RFC 4122 version (1-5)");
            } else if (v4or5 && version != '4' && version != '5') {
                add(property, "an SDO or SRO id takes a version 4 or 5 UUID, not version " + version);
            }
        }

        void timestamp(String property, JsonValue value, boolean millis) {
            if (!(value instanceof JsonString s)) {
                add(property, "must be a timestamp (a string)");
                return;
            }
            Matcher m = TIMESTAMP.matcher(s.getString());
            if (!m.matches()) {
                add(property, "\"" + s.getString() + "\" is not a timestamp YYYY-MM-DDTHH:mm:ss[.s+]Z in UTC");
                return;
            }
            if (parse(s.getString()) == null) {
                add(property, "\"" + s.getString() + "\" is not a real date and time");
            }
            if (millis && (m.group(2) == null || m.group(2).length() < 3)) {
                add(property, "must be precise to the millisecond (.sss)");
            }
        }

        void notBefore(JsonObject o, String later, String earlier) {
            Instant l = o.get(later) instanceof JsonString s ? parse(s.getString()) : null;
            Instant e = o.get(earlier) instanceof JsonString s ? parse(s.getString()) : null;
            if (l != null && e != null && l.isBefore(e)) {
                add(later, "must not be before " + earlier);
            }
        }

        void listOfStrings(JsonObject o, String name) {
            if (!(o.get(name) instanceof JsonArray list) || list.isEmpty()
                    || !list.stream().allMatch(v -> v instanceof JsonString)) {
                add(name, "must be a non-empty list of strings");
            }
        }

        void range(JsonObject o, String name, double min, double max) {
            if (!o.containsKey(name)) {
                return;
            }
            if (!(o.get(name) instanceof JsonNumber n) || n.doubleValue() < min || n.doubleValue() > max) {
                add(name, "must be a number from " + (int) min + " to " + (int) max);
            }
        }

        private static Instant parse(String s) {
            if (!TIMESTAMP.matcher(s).matches()) {
                return null;
            }
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
