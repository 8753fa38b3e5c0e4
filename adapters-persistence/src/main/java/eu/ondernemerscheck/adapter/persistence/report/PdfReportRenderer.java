package eu.ondernemerscheck.adapter.persistence.report;

import eu.ondernemerscheck.application.report.port.out.RenderReportPort;
import eu.ondernemerscheck.domain.branding.BrandColour;
import eu.ondernemerscheck.domain.branding.LogoImage;
import eu.ondernemerscheck.domain.branding.LogoType;
import eu.ondernemerscheck.domain.report.ClientReport;
import eu.ondernemerscheck.domain.report.ReportSection;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.rules.ExplanationStep;
import eu.ondernemerscheck.domain.shared.FirmsCalendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/**
 * Lays a client report out on A4 pages with Apache PDFBox: the firm's colour band, name and logo on every page, the
 * client and year, a framed notice when provisional rates were used, one part per scheme, and on every page the
 * generation date and "pagina x van n".
 * <p>
 * The text font is Liberation Sans, shipped inside PDFBox (SIL Open Font License) and embedded as a subset, so the
 * euro sign and accented names print the same on every reader; headings are the same font drawn with a thin outline.
 * PDFBox draws no SVG itself: an SVG logo is first drawn to a picture by {@link SvgLogo}, which reads nothing
 * outside the file.
 */
@Component
class PdfReportRenderer implements RenderReportPort {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy 'om' HH:mm");
    private static final float MARGIN = 50;
    private static final float TOP = PDRectangle.A4.getHeight() - 95;
    private static final float BOTTOM = 60;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final Color MUTED = new Color(0x66, 0x66, 0x66);
    private static final Color NOTICE_FILL = new Color(0xff, 0xf4, 0xd6);
    private static final Color NOTICE_LINE = new Color(0xc2, 0x7c, 0x0e);

    @Override
    public byte[] render(ClientReport report) {
        try (PDDocument document = new PDDocument()) {
            Layout layout = new Layout(document, report);
            layout.write();
            layout.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the client report could not be laid out", e);
        }
    }

    /** The state of laying out one document: the current page, its content stream and the height left. */
    private static final class Layout {

        private final PDDocument document;
        private final ClientReport report;
        private final PDFont font;
        private final Color brand;
        private final PDImageXObject logo;
        private final List<PDPage> pages = new ArrayList<>();
        private PDPageContentStream content;
        private float y;

        Layout(PDDocument document, ClientReport report) throws IOException {
            this.document = document;
            this.report = report;
            try (InputStream in = PdfReportRenderer.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IOException("the report font " + FONT + " is missing from the class path");
                }
                this.font = PDType0Font.load(document, in);
            }
            BrandColour colour = report.firm().colour();
            this.brand = new Color(colour.red(), colour.green(), colour.blue());
            this.logo = logo(document, report.firm().logo());
        }

        private static PDImageXObject logo(PDDocument document, LogoImage image) {
            if (image == null) {
                return null;
            }
            try {
                if (image.type() == LogoType.SVG) {
                    var picture = SvgLogo.draw(image.bytes());
                    return picture.isEmpty() ? null : LosslessFactory.createFromImage(document, picture.get());
                }
                return PDImageXObject.createFromByteArray(document, image.bytes(), "logo." + image.type().extension());
            } catch (IOException | IllegalArgumentException e) {
                // a logo PDFBox cannot read leaves the report without it rather than without a report
                return null;
            }
        }

        void write() throws IOException {
            newPage();
            heading("Rapport " + report.client().name(), 18, brand);
            line("Belastingjaar " + report.year() + " · " + countryName(report.client().country())
                    + (report.client().legalForm().isBlank() ? "" : " · " + report.client().legalForm()), 11, MUTED);
            line("Klantnummer " + report.client().id() + " bij " + report.firm().displayName(), 11, MUTED);
            space(6);
            String version = "Tariefversie: " + report.rateVersion()
                    + (report.ratesPublishedOn() == null ? "" : ", gepubliceerd op "
                    + DATE.format(report.ratesPublishedOn()));
            line(version, 10, TEXT);
            space(8);
            if (report.provisional()) {
                notice();
            }
            if (report.sections().isEmpty()) {
                paragraph("Voor dit jaar zijn geen regelingen ingevuld.", 11, TEXT, 0);
            }
            for (ReportSection section : report.sections()) {
                section(section);
            }
            space(10);
            paragraph("Dit rapport is opgesteld met Ondernemerscheck op basis van de gegevens die bij "
                    + report.firm().displayName() + " bekend zijn. De bedragen zijn berekend met de tarieven van de"
                    + " genoemde tariefversie; de bronnen staan bij elke regeling.", 9, MUTED, 0);
        }

        private void notice() throws IOException {
            String title = "Let op: voorlopige tarieven";
            String text = "Een of meer bedragen in dit rapport zijn berekend met voorlopige tarieven. Ze kunnen nog"
                    + " veranderen wanneer de tarieven definitief worden vastgesteld. De regelingen waarvoor dit geldt"
                    + " zijn hieronder gemarkeerd.";
            List<String> lines = wrap(text, 10, WIDTH - 20);
            float height = 14 + 16 + lines.size() * 13 + 8;
            ensure(height + 10);
            content.setNonStrokingColor(NOTICE_FILL);
            content.setStrokingColor(NOTICE_LINE);
            content.setLineWidth(1);
            content.addRect(MARGIN, y - height, WIDTH, height);
            content.fillAndStroke();
            y -= 20;
            text(MARGIN + 10, y, title, 11, NOTICE_LINE, true);
            y -= 16;
            for (String l : lines) {
                text(MARGIN + 10, y, l, 10, TEXT, false);
                y -= 13;
            }
            y -= 18;
        }

        private void section(ReportSection section) throws IOException {
            ensure(90);
            space(6);
            content.setNonStrokingColor(brand);
            content.addRect(MARGIN, y - 2, 4, 16);
            content.fill();
            y -= 12;
            text(MARGIN + 10, y, section.title(), 13, brand, true);
            y -= 8;
            if (section.provisional()) {
                line("Berekend met voorlopige tarieven.", 10, NOTICE_LINE);
            }
            if (!section.problem().isEmpty()) {
                paragraph(section.problem(), 10, TEXT, 0);
            }
            for (ReportSection.Line figure : section.figures()) {
                pair(figure.label(), figure.value());
            }
            if (!section.deadlines().isEmpty()) {
                subheading("Data en termijnen");
                for (ReportSection.Line deadline : section.deadlines()) {
                    pair(deadline.label(), deadline.value());
                }
            }
            if (!section.steps().isEmpty()) {
                subheading("Zo is het berekend");
                int n = 1;
                for (ExplanationStep step : section.steps()) {
                    String text = n++ + ". " + step.step() + (step.value().isEmpty() ? "" : ": " + step.value());
                    paragraph(text, 9.5f, TEXT, 8);
                    if (!step.reference().isEmpty()) {
                        paragraph("Bron: " + step.reference(), 8.5f, MUTED, 20);
                    }
                }
            }
            if (!section.rates().isEmpty()) {
                subheading("Gebruikte tarieven");
                for (ReportSection.RateLine rate : section.rates()) {
                    paragraph(rate.parameter() + " = " + rate.value() + " (vanaf " + rate.validFrom() + ", "
                            + (rate.provisional() ? "voorlopig" : "definitief") + ")", 9.5f, TEXT, 8);
                    paragraph("Bron: " + rate.source() + "; gecontroleerd op " + rate.checkedOn(), 8.5f, MUTED, 20);
                }
            }
            if (!section.references().isEmpty()) {
                subheading("Wettelijke en officiële bronnen");
                for (String reference : section.references()) {
                    paragraph("• " + reference, 9, TEXT, 8);
                }
            }
            if (!section.warnings().isEmpty()) {
                subheading("Aandachtspunten");
                for (String warning : section.warnings()) {
                    paragraph("• " + warning, 9.5f, TEXT, 8);
                }
            }
            space(8);
        }

        private void subheading(String text) throws IOException {
            ensure(40);
            space(4);
            line(text, 10.5f, brand, true);
        }

        private void pair(String label, String value) throws IOException {
            List<String> labels = wrap(label, 10, WIDTH * 0.6f);
            ensure(labels.size() * 13 + 2);
            y -= 12;
            float top = y;
            for (String l : labels) {
                text(MARGIN + 8, y, l, 10, TEXT, false);
                y -= 13;
            }
            float valueWidth = width(value, 10);
            text(MARGIN + WIDTH - Math.min(valueWidth, WIDTH * 0.38f), top, value, 10, TEXT, true);
            y += 13 - 2;
            y -= 3;
        }

        private void paragraph(String text, float size, Color colour, float indent) throws IOException {
            for (String l : wrap(text, size, WIDTH - indent)) {
                ensure(size + 4);
                y -= size + 3;
                text(MARGIN + indent, y, l, size, colour, false);
            }
        }

        private void line(String text, float size, Color colour) throws IOException {
            line(text, size, colour, false);
        }

        private void line(String text, float size, Color colour, boolean bold) throws IOException {
            for (String l : wrap(text, size, WIDTH)) {
                ensure(size + 6);
                y -= size + 4;
                text(MARGIN, y, l, size, colour, bold);
            }
        }

        private void heading(String text, float size, Color colour) throws IOException {
            line(text, size, colour, true);
            space(4);
        }

        private void space(float points) {
            y -= points;
        }

        private void ensure(float height) throws IOException {
            if (y - height < BOTTOM) {
                newPage();
            }
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            pages.add(page);
            content = new PDPageContentStream(document, page);
            pageHeader();
            y = TOP;
        }

        private void pageHeader() throws IOException {
            float height = PDRectangle.A4.getHeight();
            content.setNonStrokingColor(brand);
            content.addRect(0, height - 12, PDRectangle.A4.getWidth(), 12);
            content.fill();
            float nameY = height - 48;
            if (logo != null) {
                float scale = Math.min(140f / logo.getWidth(), 44f / logo.getHeight());
                float w = logo.getWidth() * scale;
                float h = logo.getHeight() * scale;
                content.drawImage(logo, MARGIN + WIDTH - w, height - 24 - h, w, h);
            }
            text(MARGIN, nameY, report.firm().displayName(), 14, brand, true);
            content.setStrokingColor(brand);
            content.setLineWidth(0.6f);
            content.moveTo(MARGIN, height - 75);
            content.lineTo(MARGIN + WIDTH, height - 75);
            content.stroke();
        }

        /** Closes the last page and writes every page's footer, now that the number of pages is known. */
        void finish() throws IOException {
            content.close();
            String made = "Gemaakt op " + DATE_TIME.format(report.generatedAt()) + " · " + report.firm().displayName();
            int total = pages.size();
            for (int i = 0; i < total; i++) {
                try (PDPageContentStream footer = new PDPageContentStream(document, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    content = footer;
                    content.setStrokingColor(MUTED);
                    content.setLineWidth(0.4f);
                    content.moveTo(MARGIN, 45);
                    content.lineTo(MARGIN + WIDTH, 45);
                    content.stroke();
                    text(MARGIN, 32, shorten(made, 8, WIDTH - 90), 8, MUTED, false);
                    String pageOf = "pagina " + (i + 1) + " van " + total;
                    text(MARGIN + WIDTH - width(pageOf, 8), 32, pageOf, 8, MUTED, false);
                }
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Rapport " + report.client().name() + " " + report.year());
            info.setAuthor(report.firm().displayName());
            info.setCreator("Ondernemerscheck");
            Calendar created = GregorianCalendar.from(report.generatedAt().atZone(FirmsCalendar.ZONE));
            created.setTimeZone(TimeZone.getTimeZone(FirmsCalendar.ZONE));
            info.setCreationDate(created);
            document.getDocumentCatalog().setLanguage("nl-NL");
        }

        private void text(float x, float atY, String text, float size, Color colour, boolean bold)
                throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(colour);
            if (bold) {
                content.setStrokingColor(colour);
                content.setLineWidth(size / 30f);
                content.setRenderingMode(RenderingMode.FILL_STROKE);
            } else {
                content.setRenderingMode(RenderingMode.FILL);
            }
            content.newLineAtOffset(x, atY);
            content.showText(printable(text));
            content.endText();
        }

        /** Characters the font has no glyph for (rare symbols, control characters) become a question mark. */
        private String printable(String text) throws IOException {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                boolean ok;
                try {
                    ok = cp >= 0x20 && cp != 0x7f && font.encode(Character.toString(cp)).length > 0;
                } catch (IOException | IllegalArgumentException e) {
                    ok = false;
                }
                out.append(ok ? Character.toString(cp) : cp == '\t' || cp == '\n' ? " " : "?");
            });
            return out.toString();
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(printable(text)) / 1000f * size;
        }

        private String shorten(String text, float size, float max) throws IOException {
            if (width(text, size) <= max) {
                return text;
            }
            String cut = text;
            while (!cut.isEmpty() && width(cut + "…", size) > max) {
                cut = cut.substring(0, cut.length() - 1);
            }
            return cut + "…";
        }

        /** Breaks text into lines no wider than {@code max}; a word longer than a line (an address) is cut. */
        private List<String> wrap(String text, float size, float max) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.strip().split("\\s+")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (width(candidate, size) <= max) {
                    current.setLength(0);
                    current.append(candidate);
                    continue;
                }
                if (!current.isEmpty()) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                String rest = word;
                while (width(rest, size) > max) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), size) > max) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                current.append(rest);
            }
            if (!current.isEmpty() || lines.isEmpty()) {
                lines.add(current.toString());
            }
            return lines;
        }

        private static String countryName(Country country) {
            return country == Country.NL ? "Nederland" : "België";
        }
    }

    /** Opens a rendered report again, for checks that the bytes are a readable PDF. */
    static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }
}
