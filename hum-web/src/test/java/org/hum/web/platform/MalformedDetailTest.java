package org.hum.web.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** What a person reads when their body could not be read: the field, and for an enumeration the values allowed, never the value sent. */
class MalformedDetailTest {

    private static RuntimeException parser(String outer, Throwable cause) {
        return new RuntimeException(outer, cause);
    }

    @Test
    void aValueOutsideAnEnumerationNamesTheFieldAndTheValuesAllowedButNotTheValueSent() {
        String detail = ErrorMappers.malformedDetail(parser("Unable to deserialize property 'subjectStatus' because of: x",
                new IllegalArgumentException("No enum constant org.hum.api.vetting.SubjectStatus.Zebediah")));
        assertEquals("The field subjectStatus must be one of: NONE, CURRENT_SUBJECT, FORMER_SUBJECT.", detail);
        assertFalse(detail.contains("Zebediah"));
    }

    @Test
    void anUnknownFieldAnywhereInTheChainIsNamedAsUnknown() {
        assertEquals("The body has a field this endpoint does not know: items. Check the spelling against the API description.",
                ErrorMappers.malformedDetail(parser("Unable to deserialize property 'items' because of: y",
                        new IllegalStateException("Unrecognized field \"items\" in class PaymentRequest"))));
    }

    @Test
    void aWrongTypeNamesTheField() {
        assertEquals("The field paidOn has the wrong type or format (dates are YYYY-MM-DD, text fields are strings).",
                ErrorMappers.malformedDetail(parser("Unable to deserialize property 'paidOn' because of: z",
                        new java.time.format.DateTimeParseException("Text 'yesterday' could not be parsed", "yesterday", 0))));
    }

    @Test
    void anEnumerationOutsideTheApiIsNotListed() {
        assertEquals("The field kind has the wrong type or format (dates are YYYY-MM-DD, text fields are strings).",
                ErrorMappers.malformedDetail(parser("Unable to deserialize property 'kind' because of: w",
                        new IllegalArgumentException("No enum constant java.time.DayOfWeek.FUNDAY"))));
    }

    @Test
    void nothingRecognisableIsAPlainRequestForJson() {
        assertEquals("The body is not valid JSON for this endpoint: send one JSON object with the documented fields.",
                ErrorMappers.malformedDetail(new RuntimeException("Unexpected char 39 at (line no=1, column no=2)")));
    }

    @Test
    void payarasParserMessagesAreReadAsWell() {
        // Yasson 3 as Payara 6 ships it: the enum's error does not name the property, an unknown property is said so
        assertEquals("A PaymentKind field must be one of: REWARD, EXPENSES, SUBSISTENCE, RELOCATION, OTHER_BENEFIT.",
                ErrorMappers.malformedDetail(new RuntimeException("Internal error: No enum constant org.hum.api.payment.PaymentKind.BRIBE",
                        new IllegalArgumentException("No enum constant org.hum.api.payment.PaymentKind.BRIBE"))));
        assertEquals("The body has a field this endpoint does not know: items. Check the spelling against the API description.",
                ErrorMappers.malformedDetail(new RuntimeException(
                        "Json property items can not be mapped to a class class org.hum.api.payment.PaymentRequest.")));
    }
}
