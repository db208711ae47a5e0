package org.hum.payment.control;

import org.hum.api.error.RuleViolation;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReceiptScrubberTest {
    private static final String SECRET = "Canon EOS 5D serial 0412 at 31.3338N 110.9387W";

    @Test
    void jpegLosesExifXmpIptcAndCommentsButKeepsItsPixelsByteForByte() throws IOException {
        byte[] clean = encode("jpg");
        byte[] tagged = insertAfterSoi(clean,
                segment(0xE1, "Exif\0\0" + SECRET),
                segment(0xE1, "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>" + SECRET + "</x:xmpmeta>"),
                segment(0xED, "Photoshop 3.0\0" + SECRET),
                segment(0xFE, SECRET));
        byte[] withTrailer = concat(tagged, SECRET.getBytes(StandardCharsets.ISO_8859_1));

        byte[] scrubbed = ReceiptScrubber.scrub("image/jpeg", withTrailer);

        assertFalse(ascii(scrubbed).contains("EOS 5D"), "no metadata left");
        assertFalse(ascii(scrubbed).contains("Exif"));
        assertArrayEquals(scan(clean), scan(scrubbed), "the compressed image data is copied, not re-encoded");
        assertArrayEquals(pixels(clean), pixels(scrubbed), "the image decodes to the same pixels");
    }

    @Test
    void jpegKeepsItsJfifHeaderWithoutAThumbnail() throws IOException {
        byte[] clean = encode("jpg");
        byte[] scrubbed = ReceiptScrubber.scrub("image/jpeg", clean);
        assertEquals("JFIF", new String(scrubbed, 6, 4, StandardCharsets.ISO_8859_1));
        assertEquals(0, scrubbed[18] | scrubbed[19], "no thumbnail");
        assertArrayEquals(pixels(clean), pixels(scrubbed));
    }

    @Test
    void pngLosesTextTimeAndExifChunksAndKeepsTheRestVerbatim() throws IOException {
        byte[] clean = encode("png");
        byte[] tagged = insertAfterIhdr(clean,
                chunk("tEXt", "Author\0" + SECRET),
                chunk("zTXt", "Comment\0\0" + SECRET),
                chunk("iTXt", "XML:com.adobe.xmp\0\0\0\0\0" + SECRET),
                chunk("tIME", "\u0007\u00ea\u000c\u0005\u0007\u000f\u0000"),
                chunk("eXIf", "MM\0*" + SECRET));
        byte[] withTrailer = concat(tagged, SECRET.getBytes(StandardCharsets.ISO_8859_1));

        byte[] scrubbed = ReceiptScrubber.scrub("image/png", withTrailer);

        assertArrayEquals(clean, scrubbed, "only the metadata chunks and the trailer went");
        assertArrayEquals(pixels(clean), pixels(scrubbed));
    }

    @Test
    void aPdfIsNeverStoredEvenCleanedInPart() {
        byte[] pdf = ("%PDF-1.4\n1 0 obj<</Author (" + SECRET + ")>>endobj\ntrailer<</Info 1 0 R>>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("payment.receipt-format", assertThrows(RuleViolation.class,
                () -> ReceiptScrubber.scrub("application/pdf", pdf)).rule());
    }

    @Test
    void aTruncatedImageIsRefusedRatherThanStoredHalfCleaned() throws IOException {
        byte[] jpeg = encode("jpg");
        byte[] png = encode("png");
        assertEquals("payment.receipt-format", assertThrows(RuleViolation.class,
                () -> ReceiptScrubber.scrub("image/jpeg", Arrays.copyOf(jpeg, jpeg.length / 2))).rule());
        assertThrows(RuleViolation.class, () -> ReceiptScrubber.scrub("image/png", Arrays.copyOf(png, png.length - 14)));
        assertThrows(RuleViolation.class, () -> ReceiptScrubber.scrub("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}));
    }

    // ---- crafted files ----

    private static byte[] encode(String format) throws IOException {
        BufferedImage img = new BufferedImage(24, 16, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 24; x++) {
            for (int y = 0; y < 16; y++) {
                img.setRGB(x, y, (x * 10) << 16 | (y * 15) << 8 | (x + y) * 5);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(img, format, out));
        return out.toByteArray();
    }

    private static int[] pixels(byte[] image) throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(image));
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    /** From the start-of-scan marker to the end. */
    private static byte[] scan(byte[] jpeg) {
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xDA) {
                return Arrays.copyOfRange(jpeg, i, jpeg.length);
            }
        }
        throw new AssertionError("no scan");
    }

    private static byte[] segment(int marker, String payload) {
        byte[] p = payload.getBytes(StandardCharsets.ISO_8859_1);
        byte[] s = new byte[4 + p.length];
        s[0] = (byte) 0xFF;
        s[1] = (byte) marker;
        s[2] = (byte) ((p.length + 2) >> 8);
        s[3] = (byte) (p.length + 2);
        System.arraycopy(p, 0, s, 4, p.length);
        return s;
    }

    private static byte[] chunk(String type, String payload) {
        byte[] p = payload.getBytes(StandardCharsets.ISO_8859_1);
        byte[] c = new byte[12 + p.length];
        c[0] = (byte) (p.length >> 24);
        c[1] = (byte) (p.length >> 16);
        c[2] = (byte) (p.length >> 8);
        c[3] = (byte) p.length;
        System.arraycopy(type.getBytes(StandardCharsets.ISO_8859_1), 0, c, 4, 4);
        System.arraycopy(p, 0, c, 8, p.length);
        CRC32 crc = new CRC32();
        crc.update(c, 4, 4 + p.length);
        long v = crc.getValue();
        c[8 + p.length] = (byte) (v >> 24);
        c[9 + p.length] = (byte) (v >> 16);
        c[10 + p.length] = (byte) (v >> 8);
        c[11 + p.length] = (byte) v;
        return c;
    }

    private static byte[] insertAfterSoi(byte[] jpeg, byte[]... segments) {
        return insertAt(jpeg, 2, segments);
    }

    private static byte[] insertAfterIhdr(byte[] png, byte[]... chunks) {
        return insertAt(png, 8 + 25, chunks);
    }

    private static byte[] insertAt(byte[] file, int at, byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(file, 0, at);
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        out.write(file, at, file.length - at);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return insertAt(a, a.length, b);
    }

    private static String ascii(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}
