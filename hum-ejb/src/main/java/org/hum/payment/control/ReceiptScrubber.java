package org.hum.payment.control;

import org.hum.api.error.ErrorCode;
import org.hum.api.error.RuleViolation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Takes out of a receipt's scan what the camera or scanner wrote about it (docs/domain.md,
 * "Payments and benefits": a receipt is the source's signed scan, and the device, the place and
 * the moment it was made could point at the source). The image's pixels are copied byte for
 * byte, never decoded and encoded again:
 * <ul>
 * <li>JPEG: every APPn segment (EXIF, XMP, IPTC, ICC, maker notes) and every comment goes, but
 * the JFIF header (its thumbnail cut) and Adobe's colour-transform flag, which decoding needs;
 * anything after the end-of-image marker goes.</li>
 * <li>PNG: only the chunks that say how to draw the image are kept (IHDR, PLTE, IDAT, IEND, tRNS,
 * gAMA, cHRM, sRGB, sBIT, bKGD, pHYs); text, time, eXIf, ICC and any other chunk go, and
 * anything after IEND.</li>
 * </ul>
 * A PDF is not a receipt here ({@link PaymentRules#receiptType} refuses it: its metadata can sit in
 * compressed streams and embedded images). A file whose structure cannot be followed is refused
 * (422), never stored half-cleaned.
 */
public final class ReceiptScrubber {
    private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB",
            "sBIT", "bKGD", "pHYs");

    private ReceiptScrubber() {
    }

    /** The receipt without its metadata, for the media type {@link PaymentRules#receiptType} found. */
    public static byte[] scrub(String mediaType, byte[] content) {
        return switch (mediaType) {
            case "image/jpeg" -> jpeg(content);
            case "image/png" -> png(content);
            default -> throw unreadable();
        };
    }

    static byte[] jpeg(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(0xFF);
        out.write(0xD8);
        int i = 2;
        while (true) {
            if (i + 1 >= in.length || (in[i] & 0xFF) != 0xFF) {
                throw unreadable();
            }
            int marker = in[i + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte before a marker
                i++;
                continue;
            }
            if (marker == 0xD9) { // end of image: whatever follows is dropped
                out.write(0xFF);
                out.write(0xD9);
                return out.toByteArray();
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // markers without a length
                out.write(in, i, 2);
                i += 2;
                continue;
            }
            if (i + 3 >= in.length) {
                throw unreadable();
            }
            int length = ((in[i + 2] & 0xFF) << 8) | (in[i + 3] & 0xFF);
            int end = i + 2 + length;
            if (length < 2 || end > in.length) {
                throw unreadable();
            }
            if (marker == 0xE0 && startsWith(in, i + 4, "JFIF\0") && length >= 16) {
                // JFIF header kept, its thumbnail (a small copy of the scan) cut: 0 x 0
                byte[] header = new byte[18];
                System.arraycopy(in, i, header, 0, 18);
                header[2] = 0;
                header[3] = 16;
                header[16] = 0;
                header[17] = 0;
                out.write(header, 0, 18);
            } else if (marker == 0xEE && startsWith(in, i + 4, "Adobe")) {
                out.write(in, i, end - i); // colour transform: decoding needs it, it says nothing of the device
            } else if ((marker >= 0xE0 && marker <= 0xEF) || marker == 0xFE) {
                // APPn or comment: dropped
            } else {
                out.write(in, i, end - i);
            }
            i = end;
            if (marker == 0xDA) { // start of scan: entropy-coded data up to the next real marker
                int start = i;
                while (i + 1 < in.length) {
                    int b = in[i] & 0xFF;
                    int next = in[i + 1] & 0xFF;
                    if (b == 0xFF && next != 0x00 && !(next >= 0xD0 && next <= 0xD7)) {
                        break;
                    }
                    i++;
                }
                if (i + 1 >= in.length) {
                    throw unreadable();
                }
                out.write(in, start, i - start);
            }
        }
    }

    static byte[] png(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 8);
        int i = 8;
        while (i + 12 <= in.length) {
            long length = ((in[i] & 0xFFL) << 24) | ((in[i + 1] & 0xFF) << 16) | ((in[i + 2] & 0xFF) << 8) | (in[i + 3] & 0xFF);
            if (length > in.length - i - 12L) {
                throw unreadable();
            }
            String type = new String(in, i + 4, 4, StandardCharsets.ISO_8859_1);
            int end = i + 12 + (int) length;
            if (PNG_KEPT.contains(type)) {
                out.write(in, i, end - i); // verbatim, its CRC with it
            }
            if ("IEND".equals(type)) {
                return out.toByteArray();
            }
            i = end;
        }
        throw unreadable();
    }

    private static boolean startsWith(byte[] in, int at, String prefix) {
        if (at + prefix.length() > in.length) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (in[at + k] != (byte) prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static RuleViolation unreadable() {
        return new RuleViolation(ErrorCode.UNPROCESSABLE, "payment.receipt-format",
                "The receipt's file is damaged: its structure cannot be followed to the end.",
                "scan the signed receipt again and upload the new file as a PNG or JPEG image.");
    }
}
