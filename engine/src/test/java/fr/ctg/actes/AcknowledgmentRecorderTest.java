package fr.ctg.actes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.model.AccuseReception;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcknowledgmentRecorderTest {

    /** What the préfecture sends back once it received the act, as the transmission services hand it over. */
    static final String AR_ACTE = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <actes:ARActe xmlns:actes="http://www.interieur.gouv.fr/ACTES#v1.1-20040216" \
            actes:IDActe="004-240400440-20221109-CTG_2022-CC" actes:DateReception="2022-11-21">
              <actes:ActeRecu actes:CodeNatureActe="4" actes:Date="2022-11-09" actes:NumeroInterne="CTG_2022">
                <actes:Objet>Convention territoriale globale – Pays de Forcalquier</actes:Objet>
              </actes:ActeRecu>
            </actes:ARActe>
            """;

    @TempDir
    Path temp;

    @TempDir
    Path certificates;

    @Test
    void readsTheIdentifierAndTheDateOfThePrefecturesAcknowledgment() throws Exception {
        Path xml = Files.write(temp.resolve("ar.xml"), AR_ACTE.getBytes(StandardCharsets.ISO_8859_1));

        assertEquals(new AccuseReception("004-240400440-20221109-CTG_2022-CC", LocalDate.of(2022, 11, 21)), AcknowledgmentRecorder.fromXml(xml));
    }

    @Test
    void refusesAnXmlThatDeclaresADoctypeSoThatNoEntityIsEverExpanded() throws Exception {
        Path xml = Files.writeString(temp.resolve("ar.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                + "<actes:ARActe xmlns:actes=\"http://www.interieur.gouv.fr/ACTES#v1.1-20040216\" actes:IDActe=\"&e;\""
                + " actes:DateReception=\"2022-11-21\"/>\n");

        ActesRefusal refusal = assertThrows(ActesRefusal.class, () -> AcknowledgmentRecorder.fromXml(xml));

        assertEquals(xml + " n’est pas un XML lisible (une déclaration DOCTYPE n’est pas acceptée)", refusal.getMessage());
    }

    @Test
    void saysAMalformedXmlInFrenchWhateverTheJvmsLanguage() throws Exception {
        Path xml = Files.writeString(temp.resolve("ar.xml"), "<actes:ARActe xmlns:actes=\"http://www.interieur.gouv.fr/ACTES#v1.1-20040216\">\n");
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            ActesRefusal refusal = assertThrows(ActesRefusal.class, () -> AcknowledgmentRecorder.fromXml(xml));

            assertEquals(xml + " n’est pas un XML lisible (Les structures de document XML doivent commencer et se terminer dans la même"
                    + " entité)", refusal.getMessage());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void refusesAnXmlThatIsNoActesAcknowledgment() throws Exception {
        Path xml = Files.writeString(temp.resolve("ar.xml"), "<ARActe IDActe=\"004-240400440-20221109-CTG_2022-CC\" DateReception=\"2022-11-21\"/>");

        assertEquals(xml + " n’est pas un accusé de réception ACTES : il faut un élément actes:ARActe avec ses attributs actes:IDActe"
                + " et actes:DateReception", assertThrows(ActesRefusal.class, () -> AcknowledgmentRecorder.fromXml(xml)).getMessage());
    }

    @Test
    void recordsTheAcknowledgmentAtTheEndOfTheSignedConventionsYamlAndChangesNothingElse() throws Exception {
        Path convention = SignedForcalquier.recorded(temp, certificates);
        String before = Files.readString(convention);

        new AcknowledgmentRecorder().record(convention, new AccuseReception("004-240400440-20221109-CTG_2022-CC", LocalDate.of(2022, 11, 21)));

        assertEquals(before + "accuse_reception:\n  identifiant: 004-240400440-20221109-CTG_2022-CC\n  date_reception: 2022-11-21\n",
                Files.readString(convention));
    }

    @Test
    void refusesAnAcknowledgmentThatBreaksARuleAndWritesNothing() throws Exception {
        Path convention = SignedForcalquier.recorded(temp, certificates);
        byte[] before = Files.readAllBytes(convention);

        ActesRefusal refusal = assertThrows(ActesRefusal.class, () -> new AcknowledgmentRecorder().record(convention,
                new AccuseReception("004-200041762-20221109-CTG_2022-CC", LocalDate.of(2022, 11, 21))));

        assertEquals("l’accusé de réception n’est pas enregistré : " + convention + ":673:16: erreur[CTG-ACTES-SIREN]: le SIREN"
                + " « 200041762 » de l’accusé de réception n’est celui d’aucune partie qui délibère", refusal.getMessage());
        assertArrayEquals(before, Files.readAllBytes(convention));
    }

    @Test
    void refusesAConventionNotSigned() throws Exception {
        Path convention = SignedForcalquier.unsigned(temp);

        ActesRefusal refusal = assertThrows(ActesRefusal.class, () -> new AcknowledgmentRecorder().record(convention,
                new AccuseReception("004-240400440-20221109-CTG_2022-CC", LocalDate.of(2022, 11, 21))));

        assertEquals("la convention n’est pas signée (statut « projet ») : enregistrez d’abord sa signature (ctg enregistrer-signature),"
                + " la préfecture ne reçoit qu’un acte signé", refusal.getMessage());
    }
}
