package org.hum.api.partner;

import java.util.List;

/** A page of a TAXII collection's object versions, oldest added first; {@code next} when {@code more}. */
public record StixPage(List<StixObjectVersion> objects, boolean more, String next) {
}
