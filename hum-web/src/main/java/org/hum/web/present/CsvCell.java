package org.hum.web.present;

/**
 * A cell of the CSV files HUM hands out (the dissemination log, file samples): quoted as RFC 4180
 * says, and a leading {@code =}, {@code +}, {@code -} or {@code @} neutralised with an apostrophe,
 * so that a spreadsheet never runs a cell as a formula.
 */
public final class CsvCell {
    private CsvCell() {
    }

    public static String of(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
