package org.hum.source.control;

import org.hum.api.error.FieldError;
import org.hum.api.source.IdentityDocument;
import org.hum.api.source.NewPromise;
import org.hum.api.source.Particulars;
import org.hum.api.source.SpecialCategory;
import org.hum.api.source.UnitCodeName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParticularsRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};

    private static Particulars with(java.util.function.UnaryOperator<Builder> f) {
        return f.apply(new Builder()).build();
    }

    @Test
    void nothingGivenIsFine() {
        assertTrue(ParticularsRules.problems(null, TODAY).isEmpty());
        assertTrue(ParticularsRules.problems(Particulars.none(), TODAY).isEmpty());
    }

    @Test
    void recruitmentDateMayBeTodayButNotTomorrow() {
        assertTrue(ParticularsRules.problems(with(b -> b.recruitedOn(TODAY.minusDays(1))), TODAY).isEmpty());
        assertTrue(ParticularsRules.problems(with(b -> b.recruitedOn(TODAY)), TODAY).isEmpty());
        assertEquals(List.of("recruitedOn"), fields(with(b -> b.recruitedOn(TODAY.plusDays(1)))));
    }

    @Test
    void promiseDateMayBeTodayButNotTomorrow() {
        assertTrue(ParticularsRules.problems(with(b -> b.promise(TODAY)), TODAY).isEmpty());
        assertEquals(List.of("madeOn"), fields(with(b -> b.promise(TODAY.plusDays(1)))));
    }

    @Test
    void motivationsAndCategoriesComeFromTheirLists() {
        assertTrue(ParticularsRules.problems(with(b -> b.motivations(List.of("MONEY", "revenge"))), TODAY).isEmpty());
        assertEquals(List.of("motivations"), fields(with(b -> b.motivations(List.of("MONEY", "GREED")))));
        for (SpecialCategory c : SpecialCategory.values()) {
            List<String> f = fields(with(b -> b.categories(List.of(c.name()))));
            assertEquals(c.declared() ? List.of() : List.of("specialCategories"), f, c.name());
        }
        assertEquals(List.of("specialCategories"), fields(with(b -> b.categories(List.of("ROYALTY")))));
    }

    @Test
    void photoMustBeASmallJpegOrPng() {
        assertTrue(ParticularsRules.problems(with(b -> b.photo(b64(JPEG))), TODAY).isEmpty());
        assertTrue(ParticularsRules.problems(with(b -> b.photo("data:image/png;base64," + b64(PNG))), TODAY).isEmpty());
        assertEquals(List.of("photo"), fields(with(b -> b.photo(b64("GIF89a...".getBytes())))));
        assertEquals(List.of("photo"), fields(with(b -> b.photo("not base64 at all!"))));
        byte[] atLimit = new byte[ParticularsRules.PHOTO_MAX_BYTES];
        System.arraycopy(JPEG, 0, atLimit, 0, JPEG.length);
        assertTrue(ParticularsRules.problems(with(b -> b.photo(b64(atLimit))), TODAY).isEmpty(), "exactly at the limit");
        byte[] over = new byte[ParticularsRules.PHOTO_MAX_BYTES + 1];
        System.arraycopy(JPEG, 0, over, 0, JPEG.length);
        assertEquals(List.of("photo"), fields(with(b -> b.photo(b64(over)))));
        assertEquals("image/png", ParticularsRules.photo(b64(PNG)).orElseThrow().type());
        assertEquals("image/jpeg", ParticularsRules.photo(b64(JPEG)).orElseThrow().type());
    }

    @Test
    void benefitExpiryNeedsAForeignNationalAndABenefit() {
        assertTrue(ParticularsRules.problems(with(b -> b.benefit(true, "parole", TODAY.plusYears(1))), TODAY).isEmpty());
        assertEquals(List.of("immigrationBenefitExpires"), fields(with(b -> b.benefit(false, "parole", TODAY.plusYears(1)))));
        assertEquals(List.of("immigrationBenefit"), fields(with(b -> b.benefit(true, null, TODAY.plusYears(1)))));
    }

    @Test
    void oneCodeNameAUnitAndOneLineAnAlias() {
        assertEquals(List.of("codeNames"), fields(with(b -> b.codeNames(List.of(new UnitCodeName("Tucson-RO", "A1"),
                new UnitCodeName(" tucson-ro ", "B2"))))));
        assertEquals(List.of("otherIdentities"), fields(with(b -> b.aliases(List.of("Juan\nPedro")))));
        assertEquals(List.of("identityDocuments"), fields(with(b -> b.documents(List.of(new IdentityDocument("pass\tport", "MX", "1"))))));
    }

    @Test
    void documentsAndAliasesSurviveTheirEncodedForm() {
        List<IdentityDocument> docs = List.of(new IdentityDocument("passport", "mx", "G123 456"),
                new IdentityDocument("driving licence", null, "D-99"));
        List<IdentityDocument> back = ParticularsRules.decodeDocuments(ParticularsRules.encodeDocuments(docs));
        assertEquals(List.of(new IdentityDocument("passport", "MX", "G123 456"), new IdentityDocument("driving licence", null, "D-99")), back);
        assertEquals(List.of("El Gordo", "Juanito"), ParticularsRules.decodeLines(ParticularsRules.encodeLines(List.of("El Gordo", "Juanito"))));
        assertEquals("MONEY,REVENGE", ParticularsRules.stored(org.hum.api.source.Motivation.class, List.of("revenge", "MONEY", "money")));
    }

    private static List<String> fields(Particulars p) {
        return ParticularsRules.problems(p, TODAY).stream().map(FieldError::field).distinct().toList();
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    /** Builds test particulars field by field. */
    static final class Builder {
        List<String> aliases;
        List<IdentityDocument> documents;
        String photo;
        LocalDate recruitedOn;
        Boolean foreign;
        String benefit;
        LocalDate expires;
        List<String> motivations;
        List<String> categories;
        List<UnitCodeName> codeNames;
        List<NewPromise> promises;

        Builder aliases(List<String> v) { aliases = v; return this; }
        Builder documents(List<IdentityDocument> v) { documents = v; return this; }
        Builder photo(String v) { photo = v; return this; }
        Builder recruitedOn(LocalDate v) { recruitedOn = v; return this; }
        Builder benefit(boolean f, String b, LocalDate e) { foreign = f; benefit = b; expires = e; return this; }
        Builder motivations(List<String> v) { motivations = v; return this; }
        Builder categories(List<String> v) { categories = v; return this; }
        Builder codeNames(List<UnitCodeName> v) { codeNames = v; return this; }
        Builder promise(LocalDate on) { promises = List.of(new NewPromise("DEA", on, "relocation costs")); return this; }

        Particulars build() {
            return new Particulars(aliases, documents, photo, null, recruitedOn, null, null, null, null, null, foreign,
                    benefit, expires, null, motivations, null, null, null, null, categories, codeNames, promises);
        }
    }
}
