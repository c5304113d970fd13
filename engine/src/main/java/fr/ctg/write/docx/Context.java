package fr.ctg.write.docx;

import java.math.BigInteger;

import org.jspecify.annotations.Nullable;

/**
 * Where blocks are written: the paragraph style used when the XHTML names none ({@code null}: Normal), the
 * width available in twips, and the enclosing list, if any.
 */
record Context(@Nullable String paragraphStyle, long width, @Nullable ListLevel list) {

    /** One level of list (0 for a top-level list) and the numbering instance its items use. */
    record ListLevel(int level, boolean ordered, BigInteger numId) {
    }

    Context inList(ListLevel level) {
        return new Context(HouseStyles.LIST_ITEM, width, level);
    }

    Context inCell(String style, long cellWidth) {
        return new Context(style, cellWidth, null);
    }
}
