package org.hum.web.payment;

import org.hum.api.error.HumException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PaymentFormsTest {
    @Test
    void subSourceItemsAreLinesOfAmountAndWhatTheyPayFor() {
        var items = PaymentForms.items("40.00; fuel\n\n10; a meal");
        assertEquals(2, items.size());
        assertEquals(new BigDecimal("40.00"), items.get(0).amount());
        assertEquals("a meal", items.get(1).description());
    }

    @Test
    void aLineThatDoesNotParseIsRefusedOnItsField() {
        assertEquals("items", assertThrows(HumException.class, () -> PaymentForms.items("forty for fuel"))
                .fieldErrors().get(0).field());
        assertEquals("amount", assertThrows(HumException.class, () -> PaymentForms.items("forty; fuel"))
                .fieldErrors().get(0).field());
    }
}
