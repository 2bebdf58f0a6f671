package org.dossier.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rebuilds the paragraphs of a PDF's text. PDFBox gives lines, grouped in blocks it guesses
 * from the gaps between them, and its guesses fail both ways: on many reports every line is a
 * block of its own, on others a heading shares a block with the paragraph under it. So blocks
 * are a hint and the lines decide:
 *
 * <ul>
 * <li>a table row (see {@link TableRows}) stands alone, its cells marked;</li>
 * <li>a heading (see {@link Headings}) stands alone;</li>
 * <li>a footnote or list item (a line starting with a small number, a letter or a bullet
 *     after a sentence's end) starts a paragraph;</li>
 * <li>otherwise a line continues the paragraph when the sentence does: the line before ends
 *     in a comma, a hyphen or a small word, the next starts in lower case, or the line before
 *     runs to the full width of its neighbours without ending a sentence ("Viktor" +
 *     "Yanukovych"). A sentence ending at a line end closes the paragraph when PDFBox saw a
 *     gap there or the line falls short of the full width;</li>
 * <li>a word broken at a line end is mended (see {@link Hyphenation});</li>
 * <li>a paragraph cut by the footnotes at a page's foot reads on at the top of the next
 *     page, the footnotes after it.</li>
 * </ul>
 *
 * Paragraphs are joined by one blank line, their lines by a space. Each table row is a
 * paragraph of its own, so that the sentence splitter, which ends a sentence at a blank line,
 * never runs two rows together.
 */
final class PdfParagraphs {

    /** How many lines either side give the width a full line reaches. */
    private static final int NEIGHBOURS = 6;
    /** A line at least this share of the widest around it is a full line. */
    private static final double FULL = 0.8;
    /** A line ending in the middle of a sentence reads on if it is at least this share of the widest. */
    private static final double RUNNING = 0.6;

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2000-\\u200b\\u202f]+");
    /** Sentence-final punctuation, then perhaps closing quotes or brackets and a footnote number. */
    private static final Pattern ENDED = Pattern.compile(".*[.!?:][\"”’')\\]]*[0-9]{0,3}");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:.*[ (])?(?:(?:\\p{L}\\.){2,}|(?i:mr|mrs|ms|dr|st|no|nos|v|vs|gen|sen|rep|gov|jr|sr|p|pp|fig|sec|art|para|ch)\\.)");
    /** A line of a table of contents: dot leaders and a page number. */
    private static final Pattern LEADERS = Pattern.compile(".*(?:\\. ?){4,}[0-9ivxlc]{1,4}");
    private static final Pattern OPEN_END = Pattern.compile(".*[,;(\\[/&–—]");
    private static final Pattern BULLET = Pattern.compile("[•▪●◦○■□➢►✓·*–-]\\s+\\S.*");
    private static final Pattern ITEM = Pattern.compile(
            "(?:[0-9]{1,3}[.)]?|\\(?[a-z][.)]|\\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)])\\s+\\S.*");

    private PdfParagraphs() {
    }

    private record Line(String text, boolean blockStart, boolean pageStart, boolean row) {
    }

    static String of(String text) {
        return of(List.of(text));
    }

    /** @param pages the text of each page, its lines in the order PDFBox gives them */
    static String of(List<String> pages) {
        List<Line> lines = new ArrayList<>();
        pages.forEach(page -> lines(page, lines));
        double[] width = width(lines);
        Hyphenation hyphens = new Hyphenation(String.join("\n", pages));
        List<Paragraph> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        String last = null;
        boolean alone = false;
        int count = 0;
        boolean pageStart = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.row()) {
                flush(paragraph, alone, count, pageStart, paragraphs);
                paragraphs.add(new Paragraph(TableRows.cells(line.text()), Kind.ROW, line.pageStart()));
                last = null;
                continue;
            }
            String after = i + 1 < lines.size() ? lines.get(i + 1).text() : "";
            // Footnotes at a page's foot end there: the next page goes on with the text (see rejoined).
            // A numbered paragraph stopping in mid-sentence goes on, though.
            boolean notesEnd = line.pageStart() && note(paragraph) && ENDED.matcher(last).matches();
            if (last != null && !notesEnd && continues(last, alone, width[i - 1], line, width[i] >= FULL, after)) {
                if (Hyphenation.broken(last, line.text())) {
                    String joined = hyphens.join(last, line.text());
                    paragraph.setLength(paragraph.length() - last.length());
                    paragraph.append(joined);
                } else {
                    paragraph.append(' ').append(line.text());
                }
                // A heading read on in lower case ("... Obligations" + "for Banks") is still one.
                alone = alone && Headings.is(Headings.capitalised(line.text()), width[i] >= FULL);
                count++;
            } else {
                flush(paragraph, alone, count, pageStart, paragraphs);
                paragraph.append(line.text());
                alone = Headings.is(line.text(), width[i] >= FULL);
                count = 1;
                pageStart = line.pageStart();
            }
            last = line.text();
        }
        flush(paragraph, alone, count, pageStart, paragraphs);
        return String.join("\n\n", rejoined(paragraphs, hyphens));
    }

    /**
     * Paragraphs cut by the footnotes at a page's foot read on after them: a paragraph of
     * several lines that stops in mid-sentence, then footnotes, then text at the top of the next
     * page that is no heading ("... and thus preventing the BSA" / "23 See ..." / "Officer from
     * performing ...") become one paragraph, followed by the footnotes.
     */
    private static List<String> rejoined(List<Paragraph> paragraphs, Hyphenation hyphens) {
        List<String> text = new ArrayList<>();
        int i = 0;
        while (i < paragraphs.size()) {
            Paragraph paragraph = paragraphs.get(i);
            String joined = paragraph.text();
            List<String> notes = new ArrayList<>();
            int next = i + 1;
            while (paragraph.kind() == Kind.OPEN) {
                int after = next;
                while (after < paragraphs.size() && paragraphs.get(after).kind() == Kind.NOTE) {
                    after++;
                }
                if (after == next || after == paragraphs.size() || !paragraphs.get(after).kind().text()
                        || !paragraphs.get(after).pageStart()) {
                    break;
                }
                paragraphs.subList(next, after).forEach(note -> notes.add(note.text()));
                paragraph = paragraphs.get(after);
                joined = Hyphenation.broken(joined, paragraph.text()) ? hyphens.join(joined, paragraph.text())
                        : joined + " " + paragraph.text();
                next = after + 1;
            }
            text.add(joined);
            text.addAll(notes);
            i = next;
        }
        return text;
    }

    /**
     * Whether {@code next} goes on with the paragraph whose last line is {@code last}.
     *
     * @param heading whether the paragraph so far is a heading
     * @param width the length of {@code last} as a share of the longest line around it
     * @param nextFull whether {@code next} runs to the full width of the lines around it
     * @param after the line after {@code next}
     */
    private static boolean continues(String last, boolean heading, double width, Line next, boolean nextFull,
                                     String after) {
        String text = next.text();
        if (BULLET.matcher(text).matches()) {
            return false;
        }
        boolean ended = ENDED.matcher(last).matches() && !ABBREVIATION.matcher(last).matches();
        if (LEADERS.matcher(last).matches()) {
            return false;
        }
        if (heading) {
            // A heading over two lines of one block reads on, and so does a capitalised line
            // that a line in lower case goes on from; anything else starts under it.
            return Character.isLowerCase(text.codePointAt(0))
                    || !next.blockStart() && !ended && Headings.is(text, nextFull) && !Headings.numbered(text);
        }
        if (Hyphenation.broken(last, text)) {
            return true;
        }
        if (Character.isLowerCase(text.codePointAt(0)) || OPEN_END.matcher(last).matches()
                || Headings.endsInSmallWord(last)) {
            return true;
        }
        if (ITEM.matcher(text).matches() && (ended || next.blockStart())) {
            return false;
        }
        // After a full line in mid-sentence, a short capitalised line is the sentence's end
        // ("Viktor" + "Yanukovych") unless a new sentence starts under it.
        if (Headings.is(text, nextFull) && (ended || width < FULL
                || !nextFull && !after.isEmpty() && !Character.isLowerCase(after.codePointAt(0)))) {
            return false;
        }
        return ended ? width >= FULL && !next.blockStart() : width >= RUNNING || !next.blockStart();
    }

    /** The page's non-blank lines with single spaces; a line after a blank one starts a block. */
    private static void lines(String text, List<Line> lines) {
        boolean blockStart = true;
        boolean pageStart = true;
        for (String raw : text.split("\n")) {
            String line = SPACES.matcher(raw).replaceAll(" ").strip();
            if (line.isEmpty()) {
                blockStart = true;
                continue;
            }
            lines.add(new Line(line, blockStart, pageStart, TableRows.isRow(line)));
            blockStart = false;
            pageStart = false;
        }
    }

    /** For each line, its length as a share of the longest line of a few words around it. */
    private static double[] width(List<Line> lines) {
        double[] width = new double[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            int widest = lines.get(i).text().length();
            for (int j = Math.max(0, i - NEIGHBOURS); j <= Math.min(lines.size() - 1, i + NEIGHBOURS); j++) {
                Line other = lines.get(j);
                if (other.text().indexOf(' ') > 0 && !other.row()) {
                    widest = Math.max(widest, other.text().length());
                }
            }
            width[i] = lines.get(i).text().length() / (double) widest;
        }
        return width;
    }

    private static boolean note(CharSequence paragraph) {
        return !paragraph.isEmpty() && Character.isDigit(paragraph.charAt(0)) && ITEM.matcher(paragraph).matches();
    }

    private static void flush(StringBuilder paragraph, boolean heading, int lines, boolean pageStart,
                              List<Paragraph> paragraphs) {
        if (paragraph.isEmpty()) {
            return;
        }
        String text = paragraph.toString();
        paragraph.setLength(0);
        Kind kind;
        if (heading) {
            kind = Kind.HEADING;
        } else if (note(text)) {
            kind = Kind.NOTE;
        } else if (lines > 1 && !ENDED.matcher(text).matches()) {
            kind = Kind.OPEN;
        } else {
            kind = Kind.TEXT;
        }
        paragraphs.add(new Paragraph(text, kind, pageStart));
    }

    private enum Kind {
        HEADING, ROW, NOTE, TEXT,
        /** Text that stops in mid-sentence. */
        OPEN;

        boolean text() {
            return this == TEXT || this == OPEN;
        }
    }

    private record Paragraph(String text, Kind kind, boolean pageStart) {
    }
}
