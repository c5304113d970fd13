package fr.ctg.write.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Document;
import org.junit.jupiter.api.Test;

class DocxTextTest {

    @Test
    void readsRunsBreaksTabsCellsAndContentControlsButNotWhatFieldsCompute() throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        pkg.getMainDocumentPart().setJaxbElement((Document) XmlUtils.unwrap(XmlUtils.unmarshalString("""
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
              <w:p><w:r><w:t xml:space="preserve">Page </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple>
                <w:r><w:t xml:space="preserve">  sur  </w:t><w:tab/><w:t>deux</w:t><w:br/><w:t>lignes</w:t></w:r></w:p>
              <w:tbl><w:tr><w:tc><w:p><w:r><w:t>cellule</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
              <w:sdt><w:sdtContent><w:p><w:r><w:t>contrôle</w:t></w:r></w:p></w:sdtContent></w:sdt>
              <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC </w:instrText></w:r>
                <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>calculé</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
                <w:r><w:t>après\u00a0le\u202fchamp</w:t></w:r></w:p>
              <w:p/>
            </w:body></w:document>
            """)));
        assertEquals(List.of("Page sur deux", "lignes", "cellule", "contrôle", "après\u00a0le\u202fchamp"),
            DocxText.lines(pkg));
    }
}
