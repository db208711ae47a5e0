package org.hum.api.reporting;

/**
 * The ports of entry of the southwest border, west to east (docs/domain.md, "Sanitized reports"):
 * what the releasable part of a report may concern. {@link #displayName()} is what people read.
 */
public enum PortOfEntry {
    SAN_YSIDRO("San Ysidro"),
    OTAY_MESA("Otay Mesa"),
    TECATE("Tecate"),
    CALEXICO_WEST("Calexico West"),
    CALEXICO_EAST("Calexico East"),
    ANDRADE("Andrade"),
    SAN_LUIS("San Luis"),
    LUKEVILLE("Lukeville"),
    SASABE("Sasabe"),
    NOGALES_DECONCINI("Nogales (DeConcini)"),
    NOGALES_MARIPOSA("Nogales (Mariposa)"),
    NACO("Naco"),
    DOUGLAS("Douglas"),
    COLUMBUS("Columbus"),
    SANTA_TERESA("Santa Teresa"),
    EL_PASO("El Paso"),
    TORNILLO("Tornillo"),
    PRESIDIO("Presidio"),
    DEL_RIO("Del Rio"),
    EAGLE_PASS("Eagle Pass"),
    LAREDO("Laredo"),
    ROMA("Roma"),
    RIO_GRANDE_CITY("Rio Grande City"),
    HIDALGO_PHARR("Hidalgo/Pharr"),
    PROGRESO("Progreso"),
    BROWNSVILLE("Brownsville");

    private final String displayName;

    PortOfEntry(String displayName) {
        this.displayName = displayName;
    }

    /** The port's name as people write it. */
    public String displayName() {
        return displayName;
    }
}
