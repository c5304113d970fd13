package fr.ctg.write.docx;

import java.util.List;

import org.w3c.dom.Element;

/** Appends the WordprocessingML blocks (paragraphs, tables) for the content of an XHTML element. */
@FunctionalInterface
interface BlockWriter {

    void write(Element container, Context context, List<Object> out);
}
