package fr.ctg.load;

import static fr.ctg.load.LoadFixture.lines;
import static fr.ctg.load.LoadFixture.load;
import static fr.ctg.load.LoadFixture.minimal;
import static fr.ctg.load.LoadFixture.minimalWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the loader says when the YAML is well formed but does not fit the model. */
class RecordBinderTest {

    @TempDir
    Path dir;

    @Test
    void reportsADuplicateKeyAtItsSecondOccurrence() throws Exception {
        String yaml = minimalWith("titre: Convention Territoriale Globale\n", "titre: Convention Territoriale Globale\ntitre: Autre\n");

        assertEquals(List.of("3:1 CTG-YAML-CLE-DOUBLE la clé « titre » apparaît deux fois dans la même rubrique"
                + " | gardez une seule ligne « titre: » et supprimez l’autre"), lines(load(dir, yaml)));
    }

    @Test
    void reportsADuplicateKeyInANestedSection() throws Exception {
        String yaml = minimalWith("  fin: 2028-12-31\n", "  fin: 2028-12-31\n  debut: 2024-02-01\n");

        assertEquals(List.of("8:3 CTG-YAML-CLE-DOUBLE la clé « debut » apparaît deux fois dans la même rubrique"
                + " | gardez une seule ligne « debut: » et supprimez l’autre"), lines(load(dir, yaml)));
    }

    @Test
    void suggestsTheFieldAMisspeltKeyWasMeantToBeWithoutAlsoCallingItMissing() throws Exception {
        String yaml = minimalWith("    public_vise:", "    publc_vise:");

        assertEquals(List.of("82:5 CTG-CHAMP-INCONNU le champ « publc_vise » n’existe pas dans la 1re fiche action (« 1.1 »)"
                + " | vouliez-vous dire « public_vise » ?"), lines(load(dir, yaml)));
    }

    @Test
    void namesAListItemInsideAnotherTheWayAReaderCountsThem() throws Exception {
        String yaml = minimalWith("        description: Soutenir", "        descriptif: Soutenir");

        assertEquals(List.of("78:9 CTG-CHAMP-INCONNU le champ « descriptif » n’existe pas dans la 1re action (« 1 ») de la 1re fiche action (« 1.1 »)"
                + " | vouliez-vous dire « description » ?"), lines(load(dir, yaml)));
    }

    @Test
    void listsThePossibleFieldsWhenAnUnknownKeyResemblesNone() throws Exception {
        String yaml = minimalWith("  fin: 2028-12-31\n", "  fin: 2028-12-31\n  remarque: aucune\n");

        assertEquals(List.of("8:3 CTG-CHAMP-INCONNU le champ « remarque » n’existe pas dans la rubrique « periode »"
                + " | champs possibles ici : debut, fin"), lines(load(dir, yaml)));
    }

    @Test
    void reportsAMissingRequiredFieldAtItsSection() throws Exception {
        String yaml = minimalWith("territoire: Communauté de communes du Val d’Exemple\n", "");

        assertEquals(List.of("1:1 CTG-CHAMP-MANQUANT le champ obligatoire « territoire » manque dans la convention"
                + " | ajoutez une ligne « territoire: ... »"), lines(load(dir, yaml)));
    }

    @Test
    void reportsAnEmptyRequiredField() throws Exception {
        String yaml = minimalWith("  fin: 2028-12-31", "  fin:");

        assertEquals(List.of("7:7 CTG-CHAMP-MANQUANT le champ obligatoire « fin » est vide dans la rubrique « periode »"
                + " | ajoutez une ligne « fin: ... »"), lines(load(dir, yaml)));
    }

    @Test
    void refusesAListWhereTextIsExpected() throws Exception {
        String yaml = minimalWith("titre: Convention Territoriale Globale", "titre: [a, b]");

        assertEquals(List.of("2:8 CTG-TYPE « titre » attend un texte, pas une liste"
                + " | écrivez la valeur sur la même ligne, après « titre: » ; mettez-la entre guillemets si elle commence par « [ », « { » ou « - »"),
                lines(load(dir, yaml)));
    }

    @Test
    void namesTheListItemThatHasTheWrongType() throws Exception {
        String yaml = minimal() + "visas:\n  - Code de l’action sociale\n  - [a]\n";

        assertEquals(List.of("87:5 CTG-TYPE l’élément 2 de « visas » attend un texte, pas une liste"
                + " | écrivez la valeur sur la même ligne, après « - » ; mettez-la entre guillemets si elle commence par « [ », « { » ou « - »"),
                lines(load(dir, yaml)));
    }

    @Test
    void refusesTextWhereAListIsExpected() throws Exception {
        String yaml = minimalWith("    copilotes: [caf, cc]", "    copilotes: caf");

        assertEquals(List.of("60:16 CTG-TYPE « copilotes » attend une liste, pas « caf »"
                + " | écrivez un élément par ligne, chacun précédé de « - »"), lines(load(dir, yaml)));
    }

    @Test
    void refusesAMappingWhereADateIsExpected() throws Exception {
        String yaml = minimalWith("  fin: 2028-12-31", "  fin:\n    annee: 2028");

        assertEquals(List.of("8:5 CTG-TYPE « fin » attend une date, pas une rubrique | écrivez la valeur sur la même ligne, après « fin: »"),
                lines(load(dir, yaml)));
    }

    @Test
    void refusesAFileThatIsAListRatherThanFields() throws Exception {
        assertEquals(List.of("1:1 CTG-TYPE le fichier doit être fait de lignes « clé: valeur » (id, titre, statut…), pas une liste"
                + " | partez de examples/minimale/convention.yaml et complétez-le"), lines(load(dir, "- id: x\n")));
    }

    @Test
    void refusesTextWhereASectionIsExpected() throws Exception {
        String yaml = minimalWith("periode:\n  debut: 2024-01-01\n  fin: 2028-12-31", "periode: 2024-2028");

        assertEquals(List.of("5:10 CTG-TYPE « periode » attend une rubrique (des lignes « clé: valeur »), pas « 2024-2028 »"
                + " | écrivez les champs de la rubrique sur les lignes suivantes, indentés de deux espaces de plus"), lines(load(dir, yaml)));
    }

    @Test
    void refusesADateMissingFromTheCalendar() throws Exception {
        String yaml = minimalWith("  fin: 2028-12-31", "  fin: 2023-02-30");

        assertEquals(List.of("7:8 CTG-DATE-INVALIDE la date « 2023-02-30 » n’existe pas dans le calendrier"
                + " | vérifiez le jour et le mois (format AAAA-MM-JJ)"), lines(load(dir, yaml)));
    }

    @Test
    void refusesTheYearZeroAndYearsNoConventionCanHave() throws Exception {
        assertEquals(List.of("7:8 CTG-DATE-INVALIDE la date « 0000-12-31 » est hors des années possibles pour une convention (1900 à 2199)"
                + " | vérifiez l’année (format AAAA-MM-JJ)"), lines(load(dir, minimalWith("  fin: 2028-12-31", "  fin: 0000-12-31"))));
        assertEquals(List.of("7:8 CTG-DATE-INVALIDE la date « 2200-01-01 » est hors des années possibles pour une convention (1900 à 2199)"
                + " | vérifiez l’année (format AAAA-MM-JJ)"), lines(load(dir, minimalWith("  fin: 2028-12-31", "  fin: 2200-01-01"))));
    }

    @Test
    void refusesAnEscapedControlCharacterThatTheDocumentsCouldNotCarry() throws Exception {
        String yaml = minimalWith("  lieu: Exempleville", "  lieu: \"Exemple\\x07ville\"");

        assertEquals(List.of("9:9 CTG-YAML-ENCODAGE « lieu » contient un caractère invisible (U+0007, caractère de contrôle) après « Exemple »"
                + " | retapez la valeur sans ce caractère (souvent collé depuis un autre document)"), lines(load(dir, yaml)));
    }

    @Test
    void refusesAMarkForcingTheDirectionOfWriting() throws Exception {
        String yaml = minimalWith("nom: Paul DURAND", "nom: \u202eDNARUD luaP");

        assertEquals(List.of("31:14 CTG-YAML-ENCODAGE « nom » contient un caractère invisible (U+202E, qui force le sens d’écriture) au début"
                + " | retapez la valeur sans ce caractère (souvent collé depuis un autre document)"), lines(load(dir, yaml)));
    }

    @Test
    void refusesZeroWidthCharactersAndLoneSurrogatesButKeepsEmoji() throws Exception {
        assertEquals(List.of("31:14 CTG-YAML-ENCODAGE « nom » contient un caractère invisible (U+200B, caractère sans chasse) après « Paul DUR »"
                + " | retapez la valeur sans ce caractère (souvent collé depuis un autre document)"),
                lines(load(dir, minimalWith("nom: Paul DURAND", "nom: Paul DUR\u200bAND"))));
        assertEquals(List.of("31:14 CTG-YAML-ENCODAGE « nom » contient un caractère invisible (U+D800, demi-caractère UTF-16 isolé) après « Paul »"
                + " | retapez la valeur sans ce caractère (souvent collé depuis un autre document)"),
                lines(load(dir, minimalWith("nom: Paul DURAND", "nom: \"Paul \\uD800\""))));
        assertEquals(List.of(), lines(load(dir, minimalWith("nom: Paul DURAND", "nom: Paul DURAND \uD83C\uDFDB\t\u00a0"))));
    }

    @Test
    void givesAFrenchDateBackInTheIsoFormat() throws Exception {
        String yaml = minimalWith("  fin: 2028-12-31", "  fin: 20/12/2022");

        assertEquals(List.of("7:8 CTG-DATE-INVALIDE « fin » attend une date, pas « 20/12/2022 »"
                + " | écrivez la date au format AAAA-MM-JJ : 2022-12-20"), lines(load(dir, yaml)));
    }

    @Test
    void padsTheDayAndMonthOfAShortFrenchDate() throws Exception {
        String yaml = minimalWith("  fin: 2028-12-31", "  fin: 1/2/2028");

        assertEquals(List.of("7:8 CTG-DATE-INVALIDE « fin » attend une date, pas « 1/2/2028 »"
                + " | écrivez la date au format AAAA-MM-JJ : 2028-02-01"), lines(load(dir, yaml)));
    }

    @Test
    void refusesAnUnknownApproximateStart() throws Exception {
        String yaml = minimalWith("        debut: 2024", "        debut: 2024-T5");

        assertEquals(List.of("79:16 CTG-DATE-INVALIDE « 2024-T5 » n’est pas une date de début reconnue"
                + " | écrivez une année (2023), un trimestre (2023-T2), un mois (2023-04) ou un jour (2023-04-15)"), lines(load(dir, yaml)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        ".nan     | écrivez un montant en chiffres avec un point décimal, par exemple 2585.73",
        "NaN      | écrivez un montant en chiffres avec un point décimal, par exemple 2585.73",
        ".inf     | écrivez un montant en chiffres avec un point décimal, par exemple 2585.73",
        "-.inf    | écrivez un montant en chiffres avec un point décimal, par exemple 2585.73",
        "1e3      | écrivez un montant en chiffres avec un point décimal, par exemple 2585.73",
        "1 250,50 | écrivez le montant sans espace ni symbole, avec un point décimal : 1250.50",
        "1 250 €  | écrivez le montant sans espace ni symbole, avec un point décimal : 1250"})
    void refusesAnAmountThatIsNotPlainDecimalDigits(String amount, String hint) throws Exception {
        String yaml = minimal() + withAmount(amount);

        assertEquals(List.of("91:18 CTG-NOMBRE-INVALIDE « montant » attend un montant, pas « " + amount + " » | " + hint),
                lines(load(dir, yaml)));
    }

    @Test
    void readsADecimalAmountExactly() throws Exception {
        LoadResult result = load(dir, minimal() + withAmount("1250.50"));

        assertEquals(List.of(), lines(result));
        assertEquals("1250.50", result.convention().financements().get(0).lignes().get(0).montant().toPlainString());
    }

    @Test
    void suggestsTheEnumValueAMisspeltOneWasMeantToBe() throws Exception {
        String yaml = minimalWith("statut: a_signer", "statut: a_signe");

        assertEquals(List.of("4:9 CTG-VALEUR-INCONNUE « a_signe » n’est pas une valeur possible pour « statut »"
                + " | vouliez-vous dire « a_signer » ?"), lines(load(dir, yaml)));
    }

    @Test
    void listsTheEnumValuesWhenNoneIsClose() throws Exception {
        String yaml = minimalWith("statut: a_signer", "statut: brouillon");

        assertEquals(List.of("4:9 CTG-VALEUR-INCONNUE « brouillon » n’est pas une valeur possible pour « statut »"
                + " | valeurs possibles : projet, a_signer, signee"), lines(load(dir, yaml)));
    }

    @Test
    void refusesALocalTag() throws Exception {
        String yaml = minimalWith("titre: Convention Territoriale Globale", "titre: !x Convention");

        assertEquals(List.of("2:8 CTG-YAML-ETIQUETTE l’étiquette YAML « !x » n’est pas acceptée"
                + " | retirez l’étiquette : le fichier ne contient que du texte, des nombres, des dates, des listes et des rubriques"),
                lines(load(dir, yaml)));
    }

    private static String withAmount(String amount) {
        return """
                financements:
                  - annee: 2023
                    financeur: caf
                    beneficiaire: cc
                    lignes:
                      - libelle: Prestation de service
                        montant: %s
                """.formatted(amount);
    }
}
