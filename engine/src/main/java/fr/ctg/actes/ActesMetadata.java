package fr.ctg.actes;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The act's metadata in the ACTES format ({@code actes:Acte}, namespace {@value #NAMESPACE}), in ISO-8859-1 as the
 * channel's own tools write it: a character outside it becomes a character reference. Written by hand, attribute by
 * attribute, so that the same act always gives the same bytes.
 */
final class ActesMetadata {

    static final String NAMESPACE = "http://www.interieur.gouv.fr/ACTES#v1.1-20040216";

    private ActesMetadata() {
    }

    static byte[] of(ActeTransmis acte) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n");
        xml.append("<actes:Acte xmlns:actes=\"").append(NAMESPACE).append("\"")
                .append(" actes:Date=\"").append(acte.date()).append("\"")
                .append(" actes:NumeroInterne=\"").append(escaped(acte.numeroInterne())).append("\"")
                .append(" actes:CodeNatureActe=\"").append(ActeTransmis.NATURE_CONVENTION).append("\">\n");
        List<String> matiere = acte.matiere();
        for (int i = 0; i < matiere.size(); i++) {
            xml.append("  <actes:CodeMatiere").append(i + 1).append(" actes:CodeMatiere=\"").append(matiere.get(i)).append("\"/>\n");
        }
        xml.append("  <actes:Objet>").append(escaped(acte.objet())).append("</actes:Objet>\n");
        xml.append("  <actes:ClassificationDateVersion>").append(acte.dateClassification()).append("</actes:ClassificationDateVersion>\n");
        xml.append("  <actes:Document>\n    <actes:NomFichier>").append(escaped(acte.actName())).append("</actes:NomFichier>\n  </actes:Document>\n");
        xml.append("  <actes:Annexes actes:Nombre=\"").append(acte.annexes().size()).append("\"");
        if (acte.annexes().isEmpty()) {
            xml.append("/>\n");
        } else {
            xml.append(">\n");
            for (int i = 0; i < acte.annexes().size(); i++) {
                xml.append("    <actes:Annexe>\n      <actes:NomFichier>").append(escaped(acte.annexName(i)))
                        .append("</actes:NomFichier>\n    </actes:Annexe>\n");
            }
            xml.append("  </actes:Annexes>\n");
        }
        xml.append("</actes:Acte>\n");
        return xml.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c > 0xFF) {
                        out.append("&#").append(c).append(';');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
