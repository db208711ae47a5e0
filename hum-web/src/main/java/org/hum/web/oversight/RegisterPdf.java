package org.hum.web.oversight;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;
import org.hum.api.oversight.RegisterExport;
import org.hum.api.oversight.RegisterRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The register as a paginated inspection pack (docs/api.md, "Oversight"): a cover line with who
 * made it, when and with which filters, then one table row per file, its header repeated on every
 * page; every page carries the pack's marking in its header and footer and "page n of m". Made in
 * two passes: the table is laid out first, then each page is stamped once the count is known.
 */
final class RegisterPdf {
    static final String[] COLUMNS = {"Source no.", "Code name", "Label", "Status", "Handlers", "Controllers",
            "Authorised", "Ends", "Next review", "Last validation", "Next validation", "Special categories",
            "Last contact", "Paid this year", "Paid lifetime", "Overdue"};
    /** Relative widths, sized so a source number, a code name, a label and a day each fit on one line. */
    private static final float[] WIDTHS = {56, 72, 76, 62, 58, 58, 42, 42, 42, 42, 42, 54, 42, 40, 42, 30};
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private RegisterPdf() {
    }

    static byte[] of(RegisterExport export) {
        try {
            return stamp(layout(export), export);
        } catch (DocumentException | IOException e) {
            // only a fault of the library or of memory: no content of the register is in the message
            throw new IllegalStateException("the register's PDF could not be made: " + e.getClass().getSimpleName());
        }
    }

    private static byte[] layout(RegisterExport export) throws DocumentException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // US legal, landscape: sixteen columns; room above and below the table for the marking
        Document document = new Document(PageSize.LEGAL.rotate(), 24, 24, 54, 54);
        PdfWriter.getInstance(document, out);
        document.addTitle("Source register: inspection pack");
        document.addCreator("HUM");
        document.open();
        Font title = new Font(Font.HELVETICA, 13, Font.BOLD);
        Font small = new Font(Font.HELVETICA, 8);
        document.add(new Paragraph("Source register: inspection pack", title));
        document.add(new Paragraph("Made by " + export.generatedBy() + " on " + STAMP.format(export.generatedAt()
                .atZone(ZoneOffset.UTC)) + ". " + export.rows().size() + (export.rows().size() == 1 ? " file" : " files")
                + ": " + export.filters() + ". Only the files the maker may see are listed.", small));
        document.add(new Paragraph(" ", small));
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        Font head = new Font(Font.HELVETICA, 7, Font.BOLD);
        Font cell = new Font(Font.HELVETICA, 7);
        for (String c : COLUMNS) {
            PdfPCell h = new PdfPCell(new Phrase(c, head));
            h.setGrayFill(0.85f);
            table.addCell(h);
        }
        for (RegisterRow r : export.rows()) {
            for (String v : cells(r)) {
                table.addCell(new PdfPCell(new Phrase(v, cell)));
            }
        }
        if (export.rows().isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase("No file matches.", cell));
            none.setColspan(COLUMNS.length);
            table.addCell(none);
        }
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private static byte[] stamp(byte[] pdf, RegisterExport export) throws IOException, DocumentException {
        PdfReader reader = new PdfReader(pdf);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfStamper stamper = new PdfStamper(reader, out);
        BaseFont bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        Font marking = new Font(bold, 10);
        Font footer = new Font(Font.HELVETICA, 7);
        int pages = reader.getNumberOfPages();
        for (int p = 1; p <= pages; p++) {
            var size = reader.getPageSizeWithRotation(p);
            float middle = (size.getLeft() + size.getRight()) / 2;
            PdfContentByte over = stamper.getOverContent(p);
            ColumnText.showTextAligned(over, Element.ALIGN_CENTER, new Phrase(export.marking(), marking), middle,
                    size.getTop() - 28, 0);
            ColumnText.showTextAligned(over, Element.ALIGN_CENTER, new Phrase(export.marking(), marking), middle,
                    size.getBottom() + 30, 0);
            ColumnText.showTextAligned(over, Element.ALIGN_RIGHT, new Phrase("Page " + p + " of " + pages, footer),
                    size.getRight() - 24, size.getBottom() + 16, 0);
            ColumnText.showTextAligned(over, Element.ALIGN_LEFT, new Phrase("Source register, "
                    + STAMP.format(export.generatedAt().atZone(ZoneOffset.UTC)), footer), size.getLeft() + 24,
                    size.getBottom() + 16, 0);
        }
        stamper.close();
        reader.close();
        return out.toByteArray();
    }

    /** A row's cells, in {@link #COLUMNS} order, as the CSV has them. */
    static List<String> cells(RegisterRow r) {
        return List.of(r.sourceNumber(), r.codeName(), r.classification() + "/" + r.compartment(), r.status().name(),
                String.join(" ", r.handlers()), String.join(" ", r.controllers()), day(r.authorisationGrantedAt()),
                day(r.authorisationEndsAt()), day(r.nextReviewDue()), day(r.lastValidationAt()),
                day(r.nextValidationDue()), String.join(" ", r.specialCategories()), day(r.lastContactAt()),
                money(r.paymentsThisYear()), money(r.paymentsLifetime()), r.overdue() ? "yes" : "no");
    }

    private static String day(Instant i) {
        return i == null ? "" : i.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static String day(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String money(BigDecimal b) {
        return b == null ? "" : b.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }
}
