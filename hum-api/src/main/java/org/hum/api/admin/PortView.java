package org.hum.api.admin;

/**
 * A port of entry of the reference list (docs/domain.md, "Oversight"), west to east by
 * {@code position}. A retired port stays on the records that name it and is refused on new ones.
 */
public record PortView(String code, String name, String state, int position, boolean retired) {
}
