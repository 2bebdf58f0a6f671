package org.dossier.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;

class TikaDocumentParserTest {

    private final TikaDocumentParser parser = new TikaDocumentParser(100_000);

    @Test
    void aPdfReadsAsParagraphsWithItsHeadingAloneItsWordsMendedAndItsTableRowsApart() throws Exception {
        byte[] pdf = pdf();

        String text = parser.parse(new ByteArrayInputStream(pdf), new Metadata(), pdf.length).text();

        assertThat(text).isEqualTo("""
                Harbour Inspections

                Inspectors found that the freight line had tried to launder the proceeds of timber smuggling \
                through shell companies in the spring, the report says.

                2023 | 1,250

                2024 | 1,400""");
    }

    @Test
    void theSampleReportsReadAsParagraphsWithTheirTablesApart() throws Exception {
        Path advisory = Path.of("sample-corpus/documents/reports/FIN-2022-A001_advisory-on-kleptocracy-and-foreign-public-corruption.pdf");
        Path grants = Path.of("sample-corpus/documents/reports/IF13201v1_soft-targets-nonprofit-security-grant-program.pdf");

        String corruption = text(advisory);
        String funding = text(grants);

        for (String text : List.of(corruption, funding)) {
            assertThat(text).doesNotContain("\n\n\n");
            assertThat(text.replace("\n\n", "")).as("a line break inside a paragraph").doesNotContain("\n");
            assertThat(text).as("a paragraph break in mid-sentence").doesNotContainPattern("[\\p{L},]\n\n\\p{Ll}");
            assertThat(text).as("a word broken at a line end").doesNotContainPattern("\\p{Ll}-\n\n\\p{Ll}");
        }
        assertThat(corruption.split("\n\n")).contains("Introduction");
        assertThat(funding.split("\n\n")).contains("2005 | $25 million");
    }

    private String text(Path pdf) throws IOException {
        try (InputStream in = Files.newInputStream(pdf)) {
            return parser.parse(in, new Metadata(), Files.size(pdf)).text();
        }
    }

    /**
     * A page with a bold heading drawn as such files draw it (each glyph printed twice, a hair
     * apart), a paragraph of two lines with a word broken at the first line's end, and a table
     * of two columns of figures.
     */
    private static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                write(content, bold, 16, 72, 700, "Harbour Inspections");
                write(content, bold, 16, 72.4f, 700, "Harbour Inspections");
                write(content, regular, 11, 72, 660, "Inspectors found that the freight line had tried to laun-");
                write(content, regular, 11, 72, 646, "der the proceeds of timber smuggling through shell companies in the spring,");
                write(content, regular, 11, 72, 632, "the report says.");
                write(content, regular, 11, 72, 590, "2023");
                write(content, regular, 11, 200, 590, "1,250");
                write(content, regular, 11, 72, 574, "2024");
                write(content, regular, 11, 200, 574, "1,400");
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void write(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
