package fr.ctg.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.load.ConventionLoader;
import fr.ctg.load.SourceFile;
import fr.ctg.model.Convention;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An extract of the Forcalquier convention: several representatives per party, mixed genders, a woman
 * Maire and her Adjointe, a deliberation without date, the préfecture's acknowledgment.
 */
class ComposerAgreementTest {

    private static final Path FORCALQUIER = Path.of("src/test/resources/compose/forcalquier/convention.yaml");
    private static final String NBSP = "\u00a0";
    private static final String NNBSP = "\u202f";

    private static XhtmlQuery document;

    @BeforeAll
    static void compose() throws Exception {
        Convention convention = new ConventionLoader().load(FORCALQUIER).loadedConvention().orElseThrow();
        document = XhtmlQuery.of(new Composer().composeConvention(convention, SourceFile.read(FORCALQUIER)));
    }

    private static String typographed(String text) {
        return text.replace(" ;", NNBSP + ";").replace(" :", NBSP + ":").replace("« ", "«" + NBSP).replace(" »", NBSP + "»");
    }

    /** The n-th party of the "Entre : ... Et ..." block. */
    private static String party(int n) throws Exception {
        return document.texts("//h:body/h:ul[position() <= 3]/h:li").get(n - 1);
    }

    @Test
    void agreesWithThePartyAndWithItsRepresentatives() throws Exception {
        assertEquals(typographed(
                "la Caisse d’Allocations Familiales des Alpes de Haute-Provence, représentée par Monsieur Thierry AUTARD, Directeur,"
                        + " Monsieur Alain PICOZZI, Président du Conseil d’Administration, dûment autorisés à signer la présente convention ;"
                        + " ci-après dénommée « la Caf » ;"), party(1));
        assertEquals(typographed(
                "la Mutualité Sociale Agricole Alpes Vaucluse, représentée par Madame Corinne GARREAU, Directrice Générale,"
                        + " Madame Marie-Claude SALIGNON, Présidente du Conseil d’Administration, dûment autorisées à signer la présente convention ;"),
                party(2));
        assertEquals(typographed(
                "la Communauté de Communes Pays de Forcalquier Montagne de Lure, représentée par son Président Monsieur David GEHANT,"
                        + " dûment autorisé à signer la présente convention par délibération de son conseil communautaire ;")
                .replace("Président Monsieur", "Président, Monsieur"), party(3));
        assertEquals(typographed(
                "la Commune de Saint-Etienne les Orgues, représentée par son Maire, Madame Patricia PAUL, son Adjointe au Maire,"
                        + " Madame Anne ROCHE, dûment autorisées à signer la présente convention par délibération de son conseil municipal ;"),
                party(5));
    }

    @Test
    void separatesTheCafTheMsaAndTheCollectivitiesWithEt() throws Exception {
        assertEquals(List.of("Entre" + NBSP + ":", "Et", "Et"),
                document.texts("//h:body/h:p[following-sibling::h:ul and not(preceding-sibling::h:p[starts-with(., 'Il est convenu')])"
                        + " and (. = 'Et' or starts-with(., 'Entre'))]"));
        assertEquals(List.of(1, 1, 3), List.of(document.count("//h:body/h:ul[1]/h:li"), document.count("//h:body/h:ul[2]/h:li"),
                document.count("//h:body/h:ul[3]/h:li")));
    }

    @Test
    void writesAnUnknownDeliberationDateAsAnEllipsis() throws Exception {
        assertEquals(typographed("Vu la délibération du conseil communautaire de la Communauté de Communes Pays de Forcalquier Montagne de Lure"
                + " en date du … figurant en annexe 6 de la présente convention ;"), document.texts("//h:p[starts-with(., 'Vu la délibération')]").get(1));
        assertEquals(typographed("Vu la délibération du conseil d’administration de la Caf des Alpes-de-Haute-Provence en date du 6"
                + NBSP + "décembre" + NBSP + "2022 concernant la stratégie de déploiement des Ctg ;"),
                document.texts("//h:p[starts-with(., 'Vu la délibération')]").get(0));
    }

    @Test
    void namesTheCollectivitiesAsAGroupInTheNationalText() throws Exception {
        assertEquals("ARTICLE 3 - LES CHAMPS D’INTERVENTION DE LA COMMUNAUTE DE COMMUNES ET DES COMMUNES", document.text("//h:h1[@id='article-3']"));
        assertEquals("La Caf des Alpes-de-Haute-Provence, la communauté de communes et les communes s’engagent à mettre en œuvre les moyens"
                + " nécessaires pour atteindre les objectifs qu’ils se sont assignés dans le plan d’actions de la présente convention.",
                document.text("//h:h1[@id='article-5']/following-sibling::h:p[1]"));
        assertEquals("Le comité de pilotage sera copiloté par la Caf et la Communauté de Communes Pays de Forcalquier Montagne de Lure.",
                document.text("//h:p[starts-with(., 'Le comité de pilotage sera copiloté')]"));
    }

    @Test
    void titlesEachSignatureAfterTheOfficeAndTheParty() throws Exception {
        assertEquals(List.of(
                "Le Directeur de la Caf des Alpes-de-Haute-Provence",
                "Le Président du Conseil d’Administration de la Caf des Alpes-de-Haute-Provence",
                "La Directrice Générale de la Msa",
                "La Présidente du Conseil d’Administration de la Msa",
                "Le Président de la Communauté de Communes Pays de Forcalquier Montagne de Lure",
                "Le Maire de Limans",
                "Le Maire de Saint-Etienne Les Orgues",
                "L’Adjointe au Maire de Saint-Etienne Les Orgues"), document.texts("//h:p[@class='qualite']"));
        assertEquals(8, document.count("//h:div[@class='signature']"));
        assertEquals(typographed("Fait à Digne les bains, le 9" + NBSP + "novembre" + NBSP + "2022"),
                document.text("//h:h1[@id='signatures']/following-sibling::h:p[1]"));
    }

    @Test
    void stampsThePrefectureAcknowledgment() throws Exception {
        assertEquals("Accusé de réception en préfecture 004-240400440-20221213-99-2022-DE - Date de réception préfecture : 20/12/2022",
                document.text("//h:meta[@name='ctg:tampon']/@content"));
    }

    @Test
    void appendsOnlyTheDeliberationsThatHaveAFile() throws Exception {
        assertEquals(List.of("deliberations/ccpfml.pdf", "deliberations/limans.pdf"), document.texts("//h:div[@class='annexe-pdf']/@data-fichier"));
        assertEquals("Délibération du conseil municipal de Limans du 13" + NBSP + "décembre" + NBSP + "2022",
                document.text("//h:div[@class='annexe-pdf'][2]/@data-titre"));
    }

    @Test
    void writesTheEquipmentTableWithTheSixColumnsOfTheSeed() throws Exception {
        assertEquals(List.of("NOM PARTENAIRE", "NOM EQUIPEMENT", "TYPE ACTIVITE EQUIPEMENT", "NATURE ACTIVITE EQUIPEMENT", "ADRESSE", "COMMUNE"),
                document.texts("//h:table[@class='equipements']/h:thead/h:tr/h:th"));
        assertEquals(List.of("COM COM PAYS FORCALQUIER MONT DE LURE", "LAEP A Petits Pas", "Lieu d’Accueil Enfants_Parents",
                "Lieu d’Accueil Enfants_Parents", "AVENUE DU 8 MAI 1945Maison de la Petite Enfance", "04300 FORCALQUIER"),
                document.texts("//h:table[@class='equipements']/h:tbody/h:tr[2]/h:td"));
        assertEquals(1, document.count("//h:table[@class='equipements']/h:tbody/h:tr[2]/h:td[5]/h:br"));
    }

    @Test
    void writesTheFindingsTableOfArticleFour() throws Exception {
        assertEquals(List.of("Le logement", "Une couverture importante en matière de prestation logement",
                "Une demande en hausse de logements sociauxPlus de 250 personnes en attente"),
                document.texts("//h:table[@class='constats']/h:tbody/h:tr[1]/h:td"));
        assertEquals(2, document.count("//h:table[@class='constats']/h:tbody/h:tr[1]/h:td[3]/h:p"));
    }

    @Test
    void keepsTheStartAlreadyWrittenInAnActionAndAddsTheOthers() throws Exception {
        List<String> actions = document.texts("//h:h3[@id='fiche-2-1']/following-sibling::h:ol[1]/h:li/h:p[1]");
        assertEquals(List.of(
                typographed("A partir du deuxième trimestre 2023 : Organisation d’une rencontre entre les services de la Caf et les acteurs du territoire"),
                typographed("À partir du deuxième trimestre 2023 : Réaliser une cartographie des acteurs du numérique.")), actions);
        assertEquals("2" + NNBSP + "100" + NBSP + "€", document.text("//h:p[@class='note' and .='Budget']/following-sibling::h:p[1]"));
        assertEquals("La Communauté de Communes Pays de Forcalquier Montagne de Lure et la Commune de Limans",
                document.text("//h:p[@class='note' and .='Partenaires']/following-sibling::h:p[1]"));
    }

    @Test
    void comparesTheKeyIndicatorsInAnnexOne() throws Exception {
        assertEquals("Indicateurs clés en 2019", document.text("//h:h1[@id='annexe-1']/following-sibling::h:p[@class='centre'][1]"));
        assertEquals(List.of("Indicateurs", "CDC", "PO", "FM"), document.texts("//h:table[@class='indicateurs']/h:thead/h:tr/h:th"));
        assertEquals(List.of("Part des familles monoparentales", "18 %", "17 %", "15 %"),
                document.texts("//h:table[@class='indicateurs']/h:tbody/h:tr/h:td"));
    }
}
