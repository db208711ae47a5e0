package org.hum.api.prospect;

import java.time.LocalDate;

/** One contact; {@code notes} is null for a viewer who may see the prospect but not its notes. */
public record ProspectContactView(String id, LocalDate contactOn, String method, String notes, String recordedBy) {
    @Override
    public String toString() {
        return "ProspectContactView[" + id + "]";
    }
}
