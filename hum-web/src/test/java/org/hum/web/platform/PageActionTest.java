package org.hum.web.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageActionTest {
    @Test
    void aFieldIsShownBesideTheInputOfTheLastNameOfItsPath() {
        assertEquals("documentNumber", PageAction.lastName("particulars.identityDocuments[0].documentNumber"));
        assertEquals("otherIdentities", PageAction.lastName("particulars.otherIdentities[2]"));
        assertEquals("reason", PageAction.lastName("reason"));
        assertEquals("", PageAction.lastName(null));
    }
}
