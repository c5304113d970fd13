package fr.ctg.compose;

import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The Markdown subset of long text fields, rendered into the XHTML subset of {@code templates/XHTML.md}:
 * paragraphs, bullet and ordered lists, emphasis, strong emphasis and line breaks. Everything else is
 * text: raw HTML is written out literally (escaped), a link keeps only its text, an image is dropped, a
 * heading becomes a paragraph in strong emphasis, inline code keeps its characters.
 *
 * <p>Only headings and lists are recognised as blocks, so an indented line is not turned into code and
 * a line starting with "&gt;" stays a line. A line break in the source is a line break in the document
 * ({@code <br/>}): legal staff expect the lines they typed, as in the fiches actions.
 */
final class MarkdownToXhtml {

    /** A commonmark parser keeps no state between calls: one instance serves every thread. */
    private final Parser parser = Parser.builder().enabledBlockTypes(Set.of(Heading.class, ListBlock.class)).build();

    /**
     * Character references ("&amp;#x202E;", "&amp;rlm;") are text as typed: decoded, they would smuggle in the
     * invisible characters the loader refuses. Escaping every ampersand keeps them literal.
     */
    private Node parse(String markdown) {
        return parser.parse(markdown.replace("&", "\\&"));
    }

    /** Block content: paragraphs and lists. */
    String blocks(String markdown) {
        Node document = parse(markdown);
        XhtmlWriter writer = new XhtmlWriter();
        document.accept(writer);
        return writer.result();
    }

    /**
     * Content for a container that takes text or blocks (a table cell, a list item): a single paragraph
     * gives its text alone, anything longer its blocks.
     */
    String containerContent(String markdown) {
        Node document = parse(markdown);
        XhtmlWriter writer = new XhtmlWriter();
        Node first = document.getFirstChild();
        if (first instanceof Paragraph && first.getNext() == null) {
            writer.visitChildren(first);
        } else {
            document.accept(writer);
        }
        return writer.result();
    }

    private static final class XhtmlWriter extends AbstractVisitor {

        private final StringBuilder out = new StringBuilder();

        String result() {
            return out.toString();
        }

        @Override
        public void visit(Document document) {
            visitChildren(document);
        }

        @Override
        public void visit(Paragraph paragraph) {
            if (isInTightList(paragraph)) {
                visitChildren(paragraph);
                return;
            }
            element("p", paragraph);
        }

        @Override
        public void visit(Heading heading) {
            out.append("<p><strong>");
            visitChildren(heading);
            out.append("</strong></p>");
        }

        @Override
        public void visit(BulletList list) {
            element("ul", list);
        }

        @Override
        public void visit(OrderedList list) {
            element("ol", list);
        }

        @Override
        public void visit(ListItem item) {
            element("li", item);
        }

        @Override
        public void visit(Emphasis emphasis) {
            element("em", emphasis);
        }

        @Override
        public void visit(StrongEmphasis strong) {
            element("strong", strong);
        }

        @Override
        public void visit(Text text) {
            escape(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            escape(code.getLiteral().replace("\\&", "&"));
        }

        @Override
        public void visit(HtmlInline html) {
            escape(html.getLiteral());
        }

        @Override
        public void visit(HtmlBlock html) {
            out.append("<p>");
            escape(html.getLiteral().strip());
            out.append("</p>");
        }

        @Override
        public void visit(Link link) {
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            // dropped: a convention embeds no external resource
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            out.append("<br/>");
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            out.append("<br/>");
        }

        /** Widened so that {@link #containerContent} can render a paragraph's content alone. */
        @Override
        protected void visitChildren(Node parent) {
            super.visitChildren(parent);
        }

        private void element(String name, Node node) {
            out.append('<').append(name).append('>');
            visitChildren(node);
            out.append("</").append(name).append('>');
        }

        private static boolean isInTightList(Paragraph paragraph) {
            return paragraph.getParent() instanceof ListItem item && item.getParent() instanceof ListBlock list && list.isTight();
        }

        private void escape(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    default -> out.append(c);
                }
            }
        }
    }
}
