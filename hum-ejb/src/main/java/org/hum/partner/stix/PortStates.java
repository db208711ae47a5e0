package org.hum.partner.stix;

import org.hum.api.reporting.PortOfEntry;

/**
 * The state each southwest-border port of entry lies in, as its ISO 3166-2 code (a STIX location's
 * {@code administrative_area}): California to Texas, west to east as {@link PortOfEntry} lists them.
 */
final class PortStates {
    private PortStates() {
    }

    static String of(PortOfEntry port) {
        return switch (port) {
            case SAN_YSIDRO, OTAY_MESA, TECATE, CALEXICO_WEST, CALEXICO_EAST, ANDRADE -> "US-CA";
            case SAN_LUIS, LUKEVILLE, SASABE, NOGALES_DECONCINI, NOGALES_MARIPOSA, NACO, DOUGLAS -> "US-AZ";
            case COLUMBUS, SANTA_TERESA -> "US-NM";
            case EL_PASO, TORNILLO, PRESIDIO, DEL_RIO, EAGLE_PASS, LAREDO, ROMA, RIO_GRANDE_CITY, HIDALGO_PHARR,
                 PROGRESO, BROWNSVILLE -> "US-TX";
        };
    }
}
