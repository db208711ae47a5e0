package org.hum.web.source;

import org.hum.api.error.FieldError;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RegisterBeanTest {
    @Test
    void aRefusalOfAParticularIsShownBesideItsInput() {
        assertEquals("otherUnitCodeName", RegisterBean.onForm(new FieldError("particulars.codeNames[0].codeName", "x")).field());
        assertEquals("otherUnit", RegisterBean.onForm(new FieldError("particulars.codeNames[0].unit", "x")).field());
        assertEquals("documentNumber", RegisterBean.onForm(new FieldError("particulars.identityDocuments[0].number", "x")).field());
        assertEquals("promiseMadeOn", RegisterBean.onForm(new FieldError("madeOn", "x")).field());
        assertEquals("codeName", RegisterBean.onForm(new FieldError("codeName", "is taken")).field());
        assertEquals("is taken", RegisterBean.onForm(new FieldError("codeName", "is taken")).message());
    }
}
