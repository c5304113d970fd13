package fr.ctg.write.docx;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.docx4j.XmlUtils;
import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.docProps.core.dc.elements.SimpleLiteral;
import org.docx4j.model.structure.PageSizePaper;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FontTablePart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.Body;
import org.docx4j.wml.Document;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.Hdr;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Styles;

/**
 * Builds the first version of {@code templates/style/style-maison.docx}. Staff then edit that file in Word:
 * rerunning this generator overwrites their changes, so run it only to start again from scratch.
 *
 * <pre>java -cp engine/target/classes:engine/target/test-classes:$(deps) fr.ctg.write.docx.HouseStyleGenerator templates/style/style-maison.docx</pre>
 *
 * The parts are fixed WordprocessingML written here as XML literals: they hold no document text.
 */
public final class HouseStyleGenerator {

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    private static final String STYLES = """
        <w:styles %s>
          <w:docDefaults>
            <w:rPrDefault><w:rPr>
              <w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif" w:eastAsia="Liberation Serif" w:cs="Liberation Serif"/>
              <w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="fr-FR" w:eastAsia="fr-FR" w:bidi="ar-SA"/>
            </w:rPr></w:rPrDefault>
            <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>
          </w:docDefaults>
          <w:style w:type="paragraph" w:default="1" w:styleId="Normal">
            <w:name w:val="Normal"/><w:qFormat/>
            <w:pPr><w:widowControl/><w:jc w:val="both"/></w:pPr>
          </w:style>
          <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">
            <w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>
          </w:style>
          <w:style w:type="table" w:default="1" w:styleId="TableNormal">
            <w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>
            <w:tblPr><w:tblInd w:w="0" w:type="dxa"/>
              <w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>
            </w:tblPr>
          </w:style>
          <w:style w:type="numbering" w:default="1" w:styleId="NoList">
            <w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>
          </w:style>
          <w:style w:type="paragraph" w:styleId="Titre">
            <w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Sous-titre"/><w:qFormat/>
            <w:pPr><w:keepNext/><w:spacing w:before="2400" w:after="240"/><w:jc w:val="center"/></w:pPr>
            <w:rPr><w:b/><w:bCs/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="Sous-titre">
            <w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
            <w:pPr><w:keepNext/><w:spacing w:after="480"/><w:jc w:val="center"/></w:pPr>
            <w:rPr><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="Heading1">
            <w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
            <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:jc w:val="left"/><w:outlineLvl w:val="0"/></w:pPr>
            <w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="Heading2">
            <w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>
            <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:jc w:val="left"/><w:outlineLvl w:val="1"/></w:pPr>
            <w:rPr><w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="Heading3">
            <w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>
            <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="80"/><w:jc w:val="left"/><w:outlineLvl w:val="2"/></w:pPr>
            <w:rPr><w:b/><w:bCs/><w:i/><w:iCs/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="Centre">
            <w:name w:val="Centre"/><w:basedOn w:val="Normal"/><w:qFormat/>
            <w:pPr><w:jc w:val="center"/></w:pPr>
          </w:style>
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="Droite">
            <w:name w:val="Droite"/><w:basedOn w:val="Normal"/><w:qFormat/>
            <w:pPr><w:jc w:val="right"/></w:pPr>
          </w:style>
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="Note">
            <w:name w:val="Note"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
            <w:pPr><w:keepNext/><w:spacing w:after="60"/></w:pPr>
            <w:rPr><w:i/><w:iCs/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="ListParagraph">
            <w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/>
            <w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/><w:contextualSpacing/></w:pPr>
          </w:style>
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableauTexte">
            <w:name w:val="Tableau texte"/><w:basedOn w:val="Normal"/><w:qFormat/>
            <w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr>
            <w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableauEntete">
            <w:name w:val="Tableau en-tête"/><w:basedOn w:val="TableauTexte"/><w:qFormat/>
            <w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr>
            <w:rPr><w:b/><w:bCs/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="Signature">
            <w:name w:val="Signataire"/><w:basedOn w:val="Normal"/><w:qFormat/>
            <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="120" w:after="120"/><w:jc w:val="center"/></w:pPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="Header">
            <w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
            <w:pPr><w:tabs><w:tab w:val="center" w:pos="4819"/><w:tab w:val="right" w:pos="9638"/></w:tabs><w:spacing w:after="0"/><w:jc w:val="right"/></w:pPr>
            <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="Footer">
            <w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
            <w:pPr><w:tabs><w:tab w:val="center" w:pos="4819"/><w:tab w:val="right" w:pos="9638"/></w:tabs><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr>
            <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="Tampon">
            <w:name w:val="Tampon préfecture"/><w:basedOn w:val="Header"/>
            <w:pPr><w:spacing w:after="60"/><w:jc w:val="left"/></w:pPr>
            <w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="TOCHeading">
            <w:name w:val="TOC Heading"/><w:basedOn w:val="Heading1"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/>
            <w:pPr><w:outlineLvl w:val="9"/></w:pPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="TOC1">
            <w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>
            <w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9628"/></w:tabs><w:spacing w:before="120" w:after="60"/><w:jc w:val="left"/></w:pPr>
            <w:rPr><w:b/><w:bCs/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="TOC2">
            <w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>
            <w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9628"/></w:tabs><w:spacing w:after="40"/><w:ind w:left="220"/><w:jc w:val="left"/></w:pPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="TOC3">
            <w:name w:val="toc 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>
            <w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9628"/></w:tabs><w:spacing w:after="40"/><w:ind w:left="440"/><w:jc w:val="left"/></w:pPr>
          </w:style>
          <w:style w:type="character" w:styleId="Hyperlink">
            <w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
            <w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>
          </w:style>
          <w:style w:type="table" w:customStyle="1" w:styleId="TableauCTG">
            <w:name w:val="Tableau CTG"/><w:basedOn w:val="TableNormal"/><w:qFormat/>
            <w:pPr><w:spacing w:after="0"/><w:jc w:val="left"/></w:pPr>
            <w:tblPr>
              <w:tblBorders>
                <w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>
                <w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>
                <w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>
              </w:tblBorders>
              <w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>
            </w:tblPr>
            <w:tblStylePr w:type="firstRow">
              <w:rPr><w:b/><w:bCs/></w:rPr>
              <w:tblPr/>
              <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/></w:tcPr>
            </w:tblStylePr>
          </w:style>
          <w:style w:type="table" w:customStyle="1" w:styleId="TableauSignatures">
            <w:name w:val="Tableau signatures"/><w:basedOn w:val="TableNormal"/>
            <w:tblPr>
              <w:tblBorders>
                <w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>
              </w:tblBorders>
            </w:tblPr>
          </w:style>
        </w:styles>
        """.formatted(W);

    private static final String NUMBERING = """
        <w:numbering %s>
          <w:abstractNum w:abstractNumId="0">
            <w:multiLevelType w:val="hybridMultilevel"/>
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>
              <w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/><w:lvlJc w:val="left"/>
              <w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl>
            <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="◦"/><w:lvlJc w:val="left"/>
              <w:pPr><w:ind w:left="2160" w:hanging="360"/></w:pPr></w:lvl>
          </w:abstractNum>
          <w:abstractNum w:abstractNumId="1">
            <w:multiLevelType w:val="hybridMultilevel"/>
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>
              <w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%2."/><w:lvlJc w:val="left"/>
              <w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl>
            <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%3."/><w:lvlJc w:val="left"/>
              <w:pPr><w:ind w:left="2160" w:hanging="360"/></w:pPr></w:lvl>
          </w:abstractNum>
          <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
          <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
        </w:numbering>
        """.formatted(W);

    private static final String HEADER = """
        <w:hdr %s>
          <w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:t>Convention territoriale globale</w:t></w:r></w:p>
        </w:hdr>
        """.formatted(W);

    private static final String FOOTER = """
        <w:ftr %s>
          <w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>
            <w:r><w:t xml:space="preserve">Page </w:t></w:r>
            <w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>
            <w:r><w:t xml:space="preserve"> / </w:t></w:r>
            <w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple>
          </w:p>
        </w:ftr>
        """.formatted(W);

    private static final String SETTINGS = """
        <w:settings %s>
          <w:zoom w:percent="100"/>
          <w:defaultTabStop w:val="709"/>
          <w:hyphenationZone w:val="425"/>
          <w:characterSpacingControl w:val="doNotCompress"/>
          <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
          <w:themeFontLang w:val="fr-FR"/>
          <w:decimalSymbol w:val=","/>
          <w:listSeparator w:val=";"/>
        </w:settings>
        """.formatted(W);

    private static final String FONTS = """
        <w:fonts %s>
          <w:font w:name="Liberation Serif"><w:altName w:val="Times New Roman"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>
          <w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>
        </w:fonts>
        """.formatted(W);

    private static final String SECTION = """
        <w:sectPr %s>
          <w:pgSz w:w="11906" w:h="16838"/>
          <w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>
          <w:cols w:space="708"/>
          <w:docGrid w:linePitch="360"/>
        </w:sectPr>
        """.formatted(W);

    private static final String BODY_HINT = """
        <w:p %s><w:r><w:t>Style maison : seuls les styles, l’en-tête, le pied de page et la mise en page de ce document sont repris ; ce corps est remplacé.</w:t></w:r></w:p>
        """.formatted(W);

    private HouseStyleGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Files.write(Path.of(args.length > 0 ? args[0] : "templates/style/style-maison.docx"), generate());
    }

    @SuppressWarnings("unchecked")
    private static <T> T parse(String xml) throws jakarta.xml.bind.JAXBException {
        return (T) XmlUtils.unwrap(XmlUtils.unmarshalString(xml));
    }

    static byte[] generate() throws Exception {
        Docx4jSettings.ensure();
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage(PageSizePaper.A4, false);
        MainDocumentPart main = pkg.getMainDocumentPart();
        main.getStyleDefinitionsPart().setJaxbElement(HouseStyleGenerator.<Styles>parse(STYLES));
        pkg.getMainDocumentPart().getDocumentSettingsPart()
            .setJaxbElement(HouseStyleGenerator.<org.docx4j.wml.CTSettings>parse(SETTINGS));

        NumberingDefinitionsPart numbering = new NumberingDefinitionsPart();
        main.addTargetPart(numbering);
        numbering.setJaxbElement(HouseStyleGenerator.<Numbering>parse(NUMBERING));

        FontTablePart fonts = new FontTablePart();
        main.addTargetPart(fonts);
        fonts.setJaxbElement(HouseStyleGenerator.<org.docx4j.wml.Fonts>parse(FONTS));

        HeaderPart header = new HeaderPart();
        Relationship headerRel = main.addTargetPart(header);
        header.setJaxbElement(HouseStyleGenerator.<Hdr>parse(HEADER));
        FooterPart footer = new FooterPart();
        Relationship footerRel = main.addTargetPart(footer);
        footer.setJaxbElement(HouseStyleGenerator.<Ftr>parse(FOOTER));

        SectPr section = parse(SECTION);
        org.docx4j.wml.ObjectFactory w = new org.docx4j.wml.ObjectFactory();
        org.docx4j.wml.HeaderReference headerRef = w.createHeaderReference();
        headerRef.setId(headerRel.getId());
        headerRef.setType(org.docx4j.wml.HdrFtrRef.DEFAULT);
        org.docx4j.wml.FooterReference footerRef = w.createFooterReference();
        footerRef.setId(footerRel.getId());
        footerRef.setType(org.docx4j.wml.HdrFtrRef.DEFAULT);
        section.getEGHdrFtrReferences().add(headerRef);
        section.getEGHdrFtrReferences().add(footerRef);

        Document document = main.getJaxbElement();
        Body body = document.getBody();
        body.getContent().clear();
        body.getContent().add(parse(BODY_HINT));
        body.setSectPr(section);

        CoreProperties core = pkg.getDocPropsCorePart().getJaxbElement();
        SimpleLiteral title = new SimpleLiteral();
        title.getContent().add("Style maison des conventions territoriales globales");
        core.setTitle(new org.docx4j.docProps.core.dc.elements.ObjectFactory().createTitle(title));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pkg.save(out);
        return DeterministicZip.repack(out.toByteArray(), LocalDate.of(2024, 1, 1));
    }
}
