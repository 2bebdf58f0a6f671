package org.dossier.ingest.parse;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Marks where each page starts in the text Tika writes (its XHTML has a
 * {@code <div class="page">} per page of a PDF), with a form feed, so that the pages can be
 * told apart afterwards.
 */
final class PageBreaks extends ContentHandlerDecorator {

    static final char MARK = '\f';

    PageBreaks(ContentHandler handler) {
        super(handler);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        super.startElement(uri, localName, name, atts);
        if ("div".equals(localName) && "page".equals(atts.getValue("class"))) {
            super.characters(new char[] {MARK}, 0, 1);
        }
    }
}
