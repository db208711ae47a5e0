package org.hum.api.reporting;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Traffic Light Protocol 2.0 marking of a report. On the wire (JSON, CSV, pages) a marking is
 * written as its {@link #wire() word}: {@code CLEAR}, {@code GREEN}, {@code AMBER},
 * {@code AMBER+STRICT}, {@code RED}. A TLP:RED report names its recipients individually.
 */
public enum Tlp {
    CLEAR("CLEAR"), GREEN("GREEN"), AMBER("AMBER"), AMBER_STRICT("AMBER+STRICT"), RED("RED");

    /** The pattern of the wire words, for request validation. */
    public static final String WIRE_PATTERN = "CLEAR|GREEN|AMBER|AMBER\\+STRICT|RED";

    private final String wire;

    Tlp(String wire) {
        this.wire = wire;
    }

    /** The word written on the wire and on the marking ({@code AMBER+STRICT} for AMBER_STRICT). */
    public String wire() {
        return wire;
    }

    /** The marking as people read it on a report: {@code TLP:AMBER+STRICT}. */
    public String marking() {
        return "TLP:" + wire;
    }

    /** The marking a wire word names (also accepts the constant's name, AMBER_STRICT); empty if none. */
    public static Optional<Tlp> fromWire(String word) {
        if (word == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(t -> t.wire.equals(word) || t.name().equals(word)).findFirst();
    }
}
