package fr.ctg.write.pdf;

import fr.ctg.style.HouseStyle;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The rules a Caf's house style adds after {@code templates/style/convention.css}, overriding it: margins, header and
 * footer, fonts, size and colours, the logo's width. The national style adds none.
 */
final class HouseStyleCss {

    private static final String TITLES = "h1, h2, h3, p.titre-document, p.sous-titre, nav.table-des-matieres p.titre-table-des-matieres";

    private HouseStyleCss() {
    }

    static String rules(HouseStyle style) {
        if (style.isNational()) {
            return "";
        }
        StringBuilder css = new StringBuilder("\n/* Style maison de la Caf (style/style-maison.yaml). */\n");
        css.append("@page {\n");
        HouseStyle.Margins margins = style.margins();
        declare(css, "  ", "margin-top", mm(margins.top()));
        declare(css, "  ", "margin-right", mm(margins.right()));
        declare(css, "  ", "margin-bottom", mm(margins.bottom()));
        declare(css, "  ", "margin-left", mm(margins.left()));
        if (style.header() != null) {
            marginBox(css, "top-right", style.header());
        }
        if (style.footer() != null) {
            marginBox(css, "bottom-center", style.footer());
        }
        css.append("}\n");
        css.append("html {\n");
        declare(css, "  ", "font-family", quoted(style.textFont()));
        declare(css, "  ", "font-size", style.textSize() == null ? null : style.textSize().toPlainString() + "pt");
        declare(css, "  ", "color", hex(style.textColour()));
        css.append("}\n");
        css.append(TITLES).append(" {\n");
        declare(css, "  ", "font-family", quoted(style.titleFont()));
        declare(css, "  ", "color", hex(style.titleColour()));
        css.append("}\n");
        if (style.accentColour() != null) {
            css.append("th {\n  background-color: ").append(hex(style.accentColour())).append(";\n}\n");
        }
        if (style.logo() != null) {
            css.append("img.logo {\n  display: block;\n  width: ").append(style.logo().widthMm().toPlainString())
                    .append("mm;\n  margin: 0 0 12pt 0;\n}\n");
        }
        return css.toString();
    }

    /** A page margin box, whole: openhtmltopdf does not merge it with the national sheet's box of the same name. */
    private static void marginBox(StringBuilder css, String name, HouseStyle.PageText text) {
        css.append("  @").append(name).append(" {\n    content: ").append(content(text))
                .append(";\n    font-family: \"Liberation Sans\";\n    font-size: 8.5pt;\n    color: #444444;\n    vertical-align: middle;\n  }\n");
    }

    private static void declare(StringBuilder css, String indent, String property, @Nullable String value) {
        if (value != null) {
            css.append(indent).append(property).append(": ").append(value).append(";\n");
        }
    }

    private static @Nullable String mm(@Nullable BigDecimal value) {
        return value == null ? null : value.toPlainString() + "mm";
    }

    private static @Nullable String hex(@Nullable String colour) {
        return colour == null ? null : "#" + colour;
    }

    private static @Nullable String quoted(@Nullable String text) {
        return text == null ? null : string(text);
    }

    /** A page text as the value of {@code content}: strings and page counters. */
    private static String content(HouseStyle.PageText text) {
        StringBuilder content = new StringBuilder();
        for (HouseStyle.PageText.Part part : text.parts()) {
            if (!content.isEmpty()) {
                content.append(' ');
            }
            if (part instanceof HouseStyle.PageText.Text t) {
                content.append(string(t.text()));
            } else {
                content.append(part instanceof HouseStyle.PageText.PageNumber ? "counter(page)" : "counter(pages)");
            }
        }
        return content.isEmpty() ? "\"\"" : content.toString();
    }

    /** A CSS string: quotes and backslashes escaped, line breaks and other control characters as spaces. */
    private static String string(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                quoted.append('\\').appendCodePoint(c);
            } else if (Character.isISOControl(c)) {
                quoted.append(' ');
            } else {
                quoted.appendCodePoint(c);
            }
        });
        return quoted.append('"').toString();
    }
}
