package org.hum.partner.stix;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.hum.api.reporting.Tlp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule: a valid object passes, and an object broken in one way is refused with a violation naming it. */
class StixValidatorTest {
    static final String IDENTITY = "identity--311b2d2d-f010-4473-83ec-1edf84858f4c";
    static final String AMBER = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421";

    private final StixValidator validator = new StixValidator();

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    static JsonObject with(JsonObject o, String name, JsonValue value) {
        return Json.createObjectBuilder(o).add(name, value).build();
    }

    static JsonObject with(JsonObject o, String name, String value) {
        return with(o, name, Json.createValue(value));
    }

    static JsonObject without(JsonObject o, String name) {
        return Json.createObjectBuilder(o).remove(name).build();
    }

    static JsonArray list(String... values) {
        return Json.createArrayBuilder(List.of(values)).build();
    }

    static JsonObject report() {
        return json("""
                {'type':'report','spec_version':'2.1','id':'report--84e4d88f-44ea-4bcd-bbf3-b2c1c320bcb3',
                 'created':'2026-11-03T09:15:00.000Z','modified':'2026-11-04T10:00:00.123Z',
                 'created_by_ref':'%s','object_marking_refs':['%s'],
                 'name':'Movements near the crossing','published':'2026-11-04T10:00:00.123Z',
                 'report_types':['threat-report'],'object_refs':['note--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061'],
                 'confidence':50,'lang':'en','labels':['border'],'revoked':false,
                 'external_references':[{'source_name':'hum','external_id':'R-1'}],
                 'x_hum_version':2}
                """.formatted(IDENTITY, AMBER));
    }

    static JsonObject location() {
        return json("""
                {'type':'location','spec_version':'2.1','id':'location--a6e9345f-5a15-4c29-8bb3-7dcc5d168d64',
                 'created':'2026-01-01T00:00:00.000Z','modified':'2026-01-01T00:00:00.000Z',
                 'name':'San Ysidro port of entry','country':'US','administrative_area':'US-CA'}
                """);
    }

    static JsonObject note() {
        return json("""
                {'type':'note','spec_version':'2.1','id':'note--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061',
                 'created':'2026-11-03T09:15:00.000Z','modified':'2026-11-03T09:15:00.000Z',
                 'abstract':'Grades','content':'Source reliability: B',
                 'object_refs':['report--84e4d88f-44ea-4bcd-bbf3-b2c1c320bcb3']}
                """);
    }

    static JsonObject identity() {
        return json("""
                {'type':'identity','spec_version':'2.1','id':'%s','created':'2026-01-01T00:00:00.000Z',
                 'modified':'2026-01-01T00:00:00.000Z','name':'HUM','identity_class':'organization'}
                """.formatted(IDENTITY));
    }

    static JsonObject statementMarking() {
        return json("""
                {'type':'marking-definition','spec_version':'2.1','id':'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41db',
                 'created':'2026-01-01T00:00:00.000Z','definition_type':'statement',
                 'definition':{'statement':'Copyright HUM'}}
                """);
    }

    static JsonObject relationship() {
        return json("""
                {'type':'relationship','spec_version':'2.1','id':'relationship--44298a74-ba52-4f0c-87a3-1824e67d7fad',
                 'created':'2026-01-01T00:00:00.000Z','modified':'2026-01-01T00:00:00.000Z',
                 'relationship_type':'related-to','source_ref':'report--84e4d88f-44ea-4bcd-bbf3-b2c1c320bcb3',
                 'target_ref':'%s'}
                """.formatted(IDENTITY));
    }

    static JsonObject ipv4() {
        return json("{'type':'ipv4-addr','spec_version':'2.1','id':'ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd','value':'198.51.100.3'}");
    }

    static JsonObject bundle() {
        return Json.createObjectBuilder().add("type", "bundle").add("id", "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d")
                .add("objects", Json.createArrayBuilder().add(report()).add(note()).add(identity())).build();
    }

    static Stream<Arguments> validObjects() {
        return Stream.of(report(), location(), note(), identity(), statementMarking(), relationship(), ipv4(), bundle(),
                        TlpMarkings.marking(Tlp.AMBER_STRICT), TlpMarkings.marking(Tlp.CLEAR), TlpMarkings.extensionDefinition(),
                        json("""
                                {'type':'marking-definition','spec_version':'2.1','id':'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
                                 'created':'2017-01-20T00:00:00.000Z','definition_type':'tlp','name':'TLP:AMBER',
                                 'definition':{'tlp':'amber'}}
                                """),
                        with(with(without(location(), "country"), "latitude", Json.createValue(32.5)), "longitude", Json.createValue(-117.03)))
                .map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("validObjects")
    void aValidObjectPasses(JsonObject valid) {
        assertEquals(List.of(), validator.validate(valid));
    }

    static Stream<Arguments> brokenObjects() {
        JsonObject r = report();
        return Stream.of(
                // common properties
                Arguments.of("no type", without(r, "type"), "type: is required"),
                Arguments.of("no spec_version", without(r, "spec_version"), "spec_version: is required"),
                Arguments.of("spec_version 2.0", with(r, "spec_version", "2.0"), "spec_version: must be \"2.1\""),
                Arguments.of("no id", without(r, "id"), "id: is required"),
                Arguments.of("no created", without(r, "created"), "created: is required"),
                Arguments.of("no modified", without(r, "modified"), "modified: is required"),
                // identifiers
                Arguments.of("id of another type", with(r, "id", "note--84e4d88f-44ea-4bcd-bbf3-b2c1c320bcb3"),
                        "id: must identify a report, not a note"),
                Arguments.of("id without a UUID", with(r, "id", "report--1234"), "is not an identifier"),
                Arguments.of("id with a UUID of no RFC 4122 variant", with(r, "id", "report--84e4d88f-44ea-4bcd-7bf3-b2c1c320bcb3"),
                        "not of the RFC 4122 variant"),
                Arguments.of("SDO id with a version 1 UUID", with(r, "id", "report--84e4d88f-44ea-1bcd-bbf3-b2c1c320bcb3"),
                        "takes a version 4 or 5 UUID"),
                // timestamps
                Arguments.of("timestamp with an offset", with(r, "published", "2026-11-04T10:00:00.123+01:00"),
                        "published: \"2026-11-04T10:00:00.123+01:00\" is not a timestamp"),
                Arguments.of("timestamp without a zone", with(r, "created", "2026-11-03T09:15:00.000"),
                        "created: \"2026-11-03T09:15:00.000\" is not a timestamp"),
                Arguments.of("a day that does not exist", with(r, "published", "2026-02-30T10:00:00Z"),
                        "published: \"2026-02-30T10:00:00Z\" is not a real date"),
                Arguments.of("created to the second only", with(with(r, "created", "2026-11-03T09:15:00Z"), "modified", "2026-11-03T09:15:00.000Z"),
                        "created: must be precise to the millisecond"),
                Arguments.of("modified before created", with(r, "modified", "2026-11-03T09:14:59.999Z"),
                        "modified: must not be before created"),
                // names
                Arguments.of("type with capitals", with(r, "type", "Report"), "type: \"Report\" is not a type name"),
                Arguments.of("type of two letters", with(with(r, "type", "ab"), "id", "ab--84e4d88f-44ea-4bcd-bbf3-b2c1c320bcb3"),
                        "type: \"ab\" is not a type name"),
                Arguments.of("property name with capitals", with(r, "x_Hum", "v"), "x_Hum: is not a property name"),
                Arguments.of("property name too short", with(r, "xy", "v"), "xy: is not a property name"),
                Arguments.of("custom property without x_", with(r, "hum_version", "2"),
                        "hum_version: is not defined for report"),
                Arguments.of("null property", with(r, "description", JsonValue.NULL), "description: must not be null"),
                // references
                Arguments.of("created_by_ref to a report", with(r, "created_by_ref", "report--84e4d88f-44ea-4bcd-bbf3-b2c1c320bcb3"),
                        "created_by_ref: must identify a identity"),
                Arguments.of("created_by_ref not an identifier", with(r, "created_by_ref", "HUM"),
                        "created_by_ref: \"HUM\" is not an identifier"),
                Arguments.of("object_marking_refs to an identity", with(r, "object_marking_refs", list(IDENTITY)),
                        "object_marking_refs[0]: must identify a marking-definition"),
                Arguments.of("object_refs holds a word", with(r, "object_refs", list("somewhere")),
                        "object_refs[0]: \"somewhere\" is not an identifier"),
                Arguments.of("a _refs property that is not a list", with(r, "object_refs", "note--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061"),
                        "object_refs: must be a list of identifiers"),
                // common property values
                Arguments.of("revoked as a string", with(r, "revoked", "true"), "revoked: must be a boolean"),
                Arguments.of("confidence above 100", with(r, "confidence", Json.createValue(101)), "confidence: must be an integer from 0 to 100"),
                Arguments.of("confidence not whole", with(r, "confidence", Json.createValue(50.5)), "confidence: must be an integer"),
                Arguments.of("lang not a tag", with(r, "lang", "english language"), "lang: must be an RFC 5646 language tag"),
                Arguments.of("empty labels", with(r, "labels", JsonValue.EMPTY_JSON_ARRAY), "labels: must not be an empty list"),
                Arguments.of("labels not strings", with(r, "labels", Json.createArrayBuilder().add(1).build()),
                        "labels: must be a non-empty list of strings"),
                Arguments.of("external reference without source_name", with(r, "external_references",
                        Json.createArrayBuilder().add(json("{'url':'https://example.org'}")).build()),
                        "external_references[0]: needs a source_name"),
                Arguments.of("external reference with only a source_name", with(r, "external_references",
                        Json.createArrayBuilder().add(json("{'source_name':'hum'}")).build()),
                        "external_references[0]: needs one of description, url or external_id"),
                Arguments.of("granular marking without selectors", with(r, "granular_markings",
                        Json.createArrayBuilder().add(json("{'marking_ref':'" + AMBER + "'}")).build()),
                        "granular_markings[0]: needs a non-empty list of selectors"),
                Arguments.of("extension with an unknown key", with(r, "extensions", json("{'my-extension':{'a':1}}")),
                        "extensions.my-extension: an extension's key"),
                Arguments.of("extension without extension_type", with(r, "extensions",
                        json("{'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d':{'tlp_2_0':'red'}}")),
                        "extension_type: must be one of"),
                // report
                Arguments.of("report without name", without(r, "name"), "name: is required"),
                Arguments.of("report without published", without(r, "published"), "published: is required"),
                Arguments.of("report without object_refs", without(r, "object_refs"), "object_refs: is required"),
                Arguments.of("report with empty object_refs", with(r, "object_refs", JsonValue.EMPTY_JSON_ARRAY),
                        "object_refs: must not be an empty list"),
                // location
                Arguments.of("location with no place", without(location(), "country"), "needs region, country, or latitude and longitude"),
                Arguments.of("location with half a coordinate", with(location(), "latitude", Json.createValue(32.5)),
                        "latitude: latitude and longitude come together"),
                Arguments.of("latitude out of range", with(with(location(), "latitude", Json.createValue(91)), "longitude", Json.createValue(0)),
                        "latitude: must be a number from -90 to 90"),
                Arguments.of("precision without coordinates", with(location(), "precision", Json.createValue(10)),
                        "precision: only with latitude and longitude"),
                // note, identity, relationship
                Arguments.of("note without content", without(note(), "content"), "content: is required"),
                Arguments.of("note without object_refs", without(note(), "object_refs"), "object_refs: is required"),
                Arguments.of("identity without name", without(identity(), "name"), "name: is required"),
                Arguments.of("relationship without target_ref", without(relationship(), "target_ref"), "target_ref: is required"),
                // SCO
                Arguments.of("SCO with created", with(ipv4(), "created", "2026-01-01T00:00:00.000Z"),
                        "created: is not a property of a cyber-observable object"),
                // marking definitions
                Arguments.of("marking with modified", with(statementMarking(), "modified", "2026-01-01T00:00:00.000Z"),
                        "modified: is not a property of a marking-definition"),
                Arguments.of("marking without definition", without(statementMarking(), "definition"), "definition: is required"),
                Arguments.of("statement marking without statement", with(statementMarking(), "definition", json("{'text':'x'}")),
                        "definition.statement: a statement marking needs its statement"),
                Arguments.of("TLP 1.0 marking not as predefined", with(with(statementMarking(), "definition_type", "tlp"),
                        "definition", json("{'tlp':'amber'}")), "a TLP 1.0 marking must be one of the four STIX predefines"),
                Arguments.of("TLP 2.0 marking with another name", with(TlpMarkings.marking(Tlp.RED), "name", "TLP:AMBER"),
                        "name: must be \"TLP:RED\""),
                Arguments.of("TLP 2.0 marking with another level", with(TlpMarkings.marking(Tlp.RED), "extensions",
                        json("{'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d':{'extension_type':'property-extension','tlp_2_0':'amber'}}")),
                        "tlp_2_0\\\":\\\"red"),
                Arguments.of("TLP 2.0 extension on an id OASIS did not publish", with(TlpMarkings.marking(Tlp.RED), "id",
                        "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c2"), "not one of the five published TLP 2.0"),
                Arguments.of("TLP 2.0 marking created another day", with(TlpMarkings.marking(Tlp.GREEN), "created", "2022-10-02T00:00:00.000Z"),
                        "created: must be 2022-10-01T00:00:00.000Z"),
                // extension definition
                Arguments.of("extension definition without created_by_ref", without(TlpMarkings.extensionDefinition(), "created_by_ref"),
                        "created_by_ref: is required"),
                Arguments.of("extension definition with an unknown extension type", with(TlpMarkings.extensionDefinition(),
                        "extension_types", list("property")), "extension_types: holds \"property\""),
                // bundle
                Arguments.of("bundle with spec_version", with(bundle(), "spec_version", "2.1"), "spec_version: a STIX 2.1 bundle has none"),
                Arguments.of("bundle id of another type", with(bundle(), "id", "report--5d0092c5-5f74-4287-9642-33f4c354e56d"),
                        "id: must identify a bundle"),
                Arguments.of("bundle with empty objects", with(bundle(), "objects", JsonValue.EMPTY_JSON_ARRAY),
                        "objects: must be a non-empty list"),
                Arguments.of("bundle with a broken object", with(bundle(), "objects", Json.createArrayBuilder().add(note())
                        .add(without(report(), "name")).build()), "objects[1] report--84e4d88f-44ea-4bcd-bbf3-b2c1c320bcb3: name: is required"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenObjects")
    void aBrokenObjectIsRefusedWithTheViolationNamed(String what, JsonObject broken, String expected) {
        List<String> violations = validator.validate(broken);
        String wanted = expected.replace("\\\"", "\"").replace("\\", "");
        assertTrue(violations.stream().anyMatch(v -> v.contains(wanted)),
                what + ": expected a violation containing [" + wanted + "], got " + violations);
    }

    @Test
    void aViolationNamesTheObjectAndTheProperty() {
        List<String> violations = validator.validate(without(report(), "name"));
        assertEquals(List.of("report--84e4d88f-44ea-4bcd-bbf3-b2c1c320bcb3: name: is required"), violations);
    }

    @Test
    void aToplevelPropertyExtensionAllowsItsOwnPropertyNames() {
        JsonObject extended = with(with(report(), "extensions",
                json("{'extension-definition--71736db5-10db-43d3-b0e3-65cf81601fe1':{'extension_type':'toplevel-property-extension'}}")),
                "hum_area", "Tijuana corridor");
        assertEquals(List.of(), validator.validate(extended));
        assertTrue(!validator.validate(with(report(), "hum_area", "Tijuana corridor")).isEmpty());
    }

    @Test
    void aBundleWithoutObjectsIsValid() {
        assertEquals(List.of(), validator.validate(without(bundle(), "objects")));
    }
}
