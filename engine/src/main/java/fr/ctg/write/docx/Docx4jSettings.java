package fr.ctg.write.docx;

import org.docx4j.Docx4jProperties;

/** docx4j's process-wide output settings this package needs for reproducible bytes. */
final class Docx4jSettings {

    static {
        // docx4j otherwise writes a comment naming its version and the JVM's into document.xml, and indents
        // the XML: white space that Word ignores but that would differ from what Word itself writes.
        Docx4jProperties.setProperty("docx4j.jaxb.marshal.suppressVersionComment", true);
        Docx4jProperties.setProperty("docx4j.jaxb.formatted.output", false);
    }

    private Docx4jSettings() {
    }

    /** Makes sure the settings are in place (they are set once, when this class loads). */
    static void ensure() {
        // loading the class ran the static block
    }
}
