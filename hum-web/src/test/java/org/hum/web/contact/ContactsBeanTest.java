package org.hum.web.contact;

import org.hum.api.error.FieldError;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContactsBeanTest {
    @Test
    void anItemsRefusalIsShownBesideTheItemInputsSayingWhichItem() {
        assertEquals(new FieldError("itemCredibility", "Item 2: must be a code of the scheme"),
                ContactsBean.onForm(new FieldError("items[1].credibility", "must be a code of the scheme")));
        assertEquals(new FieldError("itemText", "Item 1: is required"),
                ContactsBean.onForm(new FieldError("request.items[0].text", "is required")));
    }

    @Test
    void thePeoplePresentAndACorrectionsReasonHaveTheirOwnInputs() {
        assertEquals("presentUsers", ContactsBean.onForm(new FieldError("presentUsers[0]", "is not a user")).field());
        assertEquals("otherDescription", ContactsBean.onForm(new FieldError("othersPresent[0].description", "x")).field());
        assertEquals("correctionReason", ContactsBean.onForm(new FieldError("reason", "is required")).field());
        assertEquals("narrative", ContactsBean.onForm(new FieldError("request.narrative", "is too long")).field());
    }

    @Test
    void aDraftIsReadLenientlyFromThePostedFields() {
        var draft = ContactForm.draftOf(java.util.Map.of("contact:occurredAt", new String[] {"not a time"},
                "contact:narrative", new String[] {"Met at the quay"}, "contact:durationMinutes", new String[] {"45"},
                "addedItem", new String[] {"B|P1||NACO|The van was blue | white"}));
        assertEquals(null, draft.occurredAt());
        assertEquals("Met at the quay", draft.narrative());
        assertEquals(45, draft.durationMinutes());
        assertEquals("The van was blue | white", draft.items().get(0).text());
        assertEquals("B", draft.items().get(0).credibility());
        assertEquals("NACO", draft.items().get(0).port());
        assertEquals("The van was blue | white", ContactForm.draftOf(java.util.Map.of("addedItem",
                new String[] {"B|P1||NACO|The van was blue | white"})).items().get(0).text(), "the text keeps its bars");
    }
}
