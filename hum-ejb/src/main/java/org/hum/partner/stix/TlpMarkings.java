package org.hum.partner.stix;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import org.hum.api.reporting.Tlp;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The TLP 2.0 marking definitions exactly as the OASIS CTI TC published them, with the "TLP 2.0"
 * extension definition (its schema's address is {@link #SCHEMA}). STIX 2.1 itself predefines only
 * TLP 1.0 (WHITE, GREEN, AMBER, RED); TLP 2.0 arrives as a property extension of {@code marking-definition}, and partners' platforms
 * recognise the five markings by their fixed ids, so the ids, names, {@code created} and the
 * extension's content must be byte-for-byte the published ones. The published marking definitions
 * carry no {@code created_by_ref}; the extension definition is created by the OASIS identity
 * {@value #OASIS_IDENTITY}.
 */
public final class TlpMarkings {
    /** Looked up once: {@code Json.createX} looks the provider up on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();
    /** The "TLP 2.0" extension definition's id. */
    public static final String EXTENSION_DEFINITION_ID = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";
    /** The {@code created} of the five marking definitions and of the extension definition. */
    public static final String CREATED = "2022-10-01T00:00:00.000Z";
    /** The identity that created the extension definition (the OASIS CTI TC's). */
    public static final String OASIS_IDENTITY = "identity--b3bca3c2-1f3d-4b54-b44f-dac42c3a8f01";
    /** Where the extension's schema is published (the extension definition's {@code schema}). */
    public static final String SCHEMA =
            "https://github.com/oasis-open/cti-stix-common-objects/tree/master/extension-definition-specifications/tlp-2.0";

    private static final Map<Tlp, String> IDS = new EnumMap<>(Map.of(
            Tlp.CLEAR, "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
            Tlp.GREEN, "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
            Tlp.AMBER, "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
            Tlp.AMBER_STRICT, "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
            Tlp.RED, "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1"));

    private static final Map<Tlp, JsonObject> MARKINGS = new EnumMap<>(Tlp.class);
    private static final JsonObject EXTENSION_DEFINITION = buildExtensionDefinition();

    static {
        for (Tlp tlp : Tlp.values()) {
            MARKINGS.put(tlp, buildMarking(tlp));
        }
    }

    private TlpMarkings() {
    }

    /** The published marking definition's id for the marking. */
    public static String id(Tlp tlp) {
        return IDS.get(Objects.requireNonNull(tlp, "tlp"));
    }

    /** The marking whose published id this is; empty for any other id (TLP 1.0's included). */
    public static Optional<Tlp> fromId(String id) {
        return Arrays.stream(Tlp.values()).filter(t -> IDS.get(t).equals(id)).findFirst();
    }

    /** The extension's {@code tlp_2_0} value: the wire word in lower case ({@code amber+strict}). */
    public static String level(Tlp tlp) {
        return tlp.wire().toLowerCase(Locale.ROOT);
    }

    /** The published {@code marking-definition} object for the marking (immutable, built once). */
    public static JsonObject marking(Tlp tlp) {
        return MARKINGS.get(Objects.requireNonNull(tlp, "tlp"));
    }

    /** The published {@code extension-definition} object that the markings' extension refers to. */
    public static JsonObject extensionDefinition() {
        return EXTENSION_DEFINITION;
    }

    private static JsonObject buildMarking(Tlp tlp) {
        return JSON.createObjectBuilder()
                .add("type", "marking-definition")
                .add("spec_version", "2.1")
                .add("id", id(tlp))
                .add("created", CREATED)
                .add("name", tlp.marking())
                .add("extensions", JSON.createObjectBuilder()
                        .add(EXTENSION_DEFINITION_ID, JSON.createObjectBuilder()
                                .add("extension_type", "property-extension")
                                .add("tlp_2_0", level(tlp))))
                .build();
    }

    private static JsonObject buildExtensionDefinition() {
        return JSON.createObjectBuilder()
                .add("id", EXTENSION_DEFINITION_ID)
                .add("type", "extension-definition")
                .add("spec_version", "2.1")
                .add("name", "TLP 2.0")
                .add("description", "This defines TLP 2.0 as a STIX extension")
                .add("created", CREATED)
                .add("modified", CREATED)
                .add("created_by_ref", OASIS_IDENTITY)
                .add("schema", SCHEMA)
                .add("version", "1.0.0")
                .add("extension_types", JSON.createArrayBuilder().add("property-extension"))
                .build();
    }
}
