package fr.ctg.write.docx;

import java.util.Set;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTLanguage;
import org.docx4j.wml.CTSettings;
import org.docx4j.wml.DocDefaults;
import org.docx4j.wml.PPr;
import org.docx4j.wml.RPr;
import org.docx4j.wml.Style;
import org.docx4j.wml.Styles;

/**
 * Word's automatic hyphenation, with French rules, whatever the house style says: {@code w:autoHyphenation} and
 * {@code w:doNotHyphenateCaps} (acronyms such as "CCPFML" stay whole, as in the PDF) in the settings, and French
 * ({@code fr-FR}) as the language of the default run properties, which gives Word its French dictionary. The
 * styles whose text the PDF leaves whole (titles, headings, centred and right-aligned lines, table cells) keep
 * it whole in Word too ({@code w:suppressAutoHyphens}).
 */
final class FrenchHyphenation {

    static final String LANGUAGE = "fr-FR";

    static final Set<String> NOT_HYPHENATED = Set.of(HouseStyles.TITLE, HouseStyles.SUBTITLE, HouseStyles.CENTRE,
            HouseStyles.DROITE, HouseStyles.TABLE_TEXT, HouseStyles.TABLE_HEADER,
            HouseStyles.heading(1), HouseStyles.heading(2), HouseStyles.heading(3));

    private FrenchHyphenation() {
    }

    static void apply(MainDocumentPart main) {
        if (main.getDocumentSettingsPart() == null) {
            throw new IllegalStateException("le style maison n’a pas de réglages (settings.xml)");
        }
        CTSettings settings = main.getDocumentSettingsPart().getJaxbElement();
        settings.setAutoHyphenation(new BooleanDefaultTrue());
        settings.setDoNotHyphenateCaps(new BooleanDefaultTrue());
        StyleDefinitionsPart stylesPart = main.getStyleDefinitionsPart();
        if (stylesPart == null) {
            throw new IllegalStateException("le style maison n’a pas de styles (styles.xml)");
        }
        for (Style style : stylesPart.getJaxbElement().getStyle()) {
            if (NOT_HYPHENATED.contains(style.getStyleId())) {
                PPr paragraph = style.getPPr() == null ? new PPr() : style.getPPr();
                paragraph.setSuppressAutoHyphens(new BooleanDefaultTrue());
                style.setPPr(paragraph);
            }
        }
        RPr defaults = defaultRunProperties(stylesPart.getJaxbElement());
        CTLanguage language = defaults.getLang() == null ? new CTLanguage() : defaults.getLang();
        language.setVal(LANGUAGE);
        defaults.setLang(language);
    }

    private static RPr defaultRunProperties(Styles styles) {
        if (styles.getDocDefaults() == null) {
            styles.setDocDefaults(new DocDefaults());
        }
        DocDefaults defaults = styles.getDocDefaults();
        if (defaults.getRPrDefault() == null) {
            defaults.setRPrDefault(new DocDefaults.RPrDefault());
        }
        if (defaults.getRPrDefault().getRPr() == null) {
            defaults.getRPrDefault().setRPr(new RPr());
        }
        return defaults.getRPrDefault().getRPr();
    }
}
