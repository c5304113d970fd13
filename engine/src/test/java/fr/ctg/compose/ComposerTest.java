package fr.ctg.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.load.ConventionLoader;
import fr.ctg.load.SourceFile;
import fr.ctg.model.Convention;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The minimal example composed with the national templates. Non-breaking spaces are spelled out. */
class ComposerTest {

    private static final Path MINIMALE = Path.of("../examples/minimale/convention.yaml");
    private static final String NBSP = "\u00a0";
    private static final String NNBSP = "\u202f";

    private static ComposedDocument composed;
    private static XhtmlQuery document;

    @BeforeAll
    static void compose() throws Exception {
        Convention convention = new ConventionLoader().load(MINIMALE).loadedConvention().orElseThrow();
        composed = new Composer().composeConvention(convention, SourceFile.read(MINIMALE));
        document = XhtmlQuery.of(composed);
    }

    @Test
    void isAnXhtmlDocumentInFrench() throws Exception {
        assertEquals(1, document.count("/h:html[@lang='fr']/h:body"));
    }

    @Test
    void writesTheHeadOfTheContract() throws Exception {
        assertEquals(new Head("Convention Territoriale Globale 2024-2028 - Communauté de communes du Val d’Exemple", "minimale", "a_signer",
                LocalDate.of(2023, 12, 15), "2024-01-01/2028-12-31",
                List.of("Caisse d’allocations familiales de l’Exemple", "Communauté de communes du Val d’Exemple"),
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(MINIMALE))), null),
                composed.head());
        assertEquals(0, document.count("//h:meta[@name='ctg:tampon']"));
    }

    @Test
    void writesEachPartyWithItsAgreement() throws Exception {
        assertEquals(List.of(
                "la Caisse d’allocations familiales de l’Exemple, représentée par Madame Claire MARTIN, Directrice, dûment autorisée"
                        + " à signer la présente convention" + NNBSP + "; ci-après dénommée «" + NBSP + "la Caf" + NBSP + "»" + NNBSP + ";",
                "la Communauté de communes du Val d’Exemple, représentée par son Président, Monsieur Paul DURAND, dûment autorisé"
                        + " à signer la présente convention par délibération de son conseil communautaire" + NNBSP
                        + "; ci-après dénommée «" + NBSP + "la Communauté de communes" + NBSP + "»" + NNBSP + ";"),
                document.texts("//h:ul[preceding-sibling::h:p[1]='Entre" + NBSP + ":' or preceding-sibling::h:p[1]='Et']/h:li"));
    }

    @Test
    void citesTheNationalVisasThenTheDeliberationFiguringInAnnexSix() throws Exception {
        List<String> visas = document.texts("//h:p[starts-with(., 'Vu ')]");
        assertEquals(6, visas.size());
        assertEquals("Vu les articles L. 263-1, L. 223-1 et L. 227-1 à 3 du Code de la sécurité sociale" + NNBSP + ";", visas.get(0));
        assertEquals("Vu la délibération n°" + NBSP + "2023-112 du conseil communautaire de la Communauté de communes du Val d’Exemple en date du 20"
                + NBSP + "novembre" + NBSP + "2023 figurant en annexe 6 de la présente convention" + NNBSP + ";", visas.get(5));
    }

    @Test
    void hasOneFirstLevelHeadingPerArticleInOrder() throws Exception {
        assertEquals(14, document.count("//h:h1[starts-with(@id, 'article-')]"));
        for (int n = 1; n <= 14; n++) {
            assertEquals(1, document.count("//h:h1[@id='article-" + n + "' and starts-with(., 'ARTICLE " + n + " ')]"), "article " + n);
        }
        assertEquals("ARTICLE 10 - DUREE DE LA CONVENTION", document.text("//h:h1[@id='article-10']"));
        assertEquals("ARTICLE 3 - LES CHAMPS D’INTERVENTION DE LA COMMUNAUTE DE COMMUNES", document.text("//h:h1[@id='article-3']"));
        assertEquals(List.of("preambule", "article-1", "article-2", "article-3", "article-4", "article-5", "article-6", "article-7",
                "article-8", "article-9", "article-10", "article-11", "article-12", "article-13", "article-14", "signatures",
                "annexe-1", "annexe-2", "annexe-3", "annexe-4", "annexe-5", "annexe-6"), document.texts("//h:h1/@id"));
    }

    @Test
    void statesThePeriodAndTheNoticeInFrenchDates() throws Exception {
        assertEquals("La présente convention est conclue à compter du 1er" + NBSP + "janvier" + NBSP + "2024 jusqu’au 31" + NBSP
                + "décembre" + NBSP + "2028.La présente convention ne peut être reconduite que par expresse reconduction.",
                document.text("//h:h1[@id='article-10']/following-sibling::h:p[1]"));
        assertTrue(document.text("//h:h1[@id='article-12']/following-sibling::h:p[contains(., 'prévenance')]")
                .endsWith("moyennant un délai de prévenance de 6 mois."));
    }

    @Test
    void listsTheAxesWithTheirFichesOrTheirAvenantDeadline() throws Exception {
        List<String> plan = document.texts("//h:h1[@id='article-4']/following-sibling::h:p[contains(., ') ')][position() <= 2]");
        assertEquals(List.of("1) La petite enfance1.1 – Maintenir l’offre d’accueil du jeune enfant",
                "2) Le soutien à la parentalitéLes fiches action feront l’objet d’un avenant au plus tard le 30" + NBSP + "juin" + NBSP + "2024"),
                plan);
    }

    @Test
    void signsOnceForEachRepresentative() throws Exception {
        assertEquals(2, document.count("//h:div[@class='signatures']/h:div[@class='signature']"));
        assertEquals("Fait à Exempleville, le 15" + NBSP + "décembre" + NBSP + "2023", document.text("//h:h1[@id='signatures']/following-sibling::h:p[1]"));
        assertEquals(List.of("La Directrice de la Caisse d’allocations familiales de l’Exemple",
                "Le Président de la Communauté de communes du Val d’Exemple"), document.texts("//h:p[@class='qualite']"));
        assertEquals(List.of("Claire MARTIN", "Paul DURAND"), document.texts("//h:div[@class='signature']/@data-signataire"));
        assertEquals(List.of("signature-1", "signature-2"), document.texts("//h:div[@class='signature']/@id"));
        assertEquals(2, document.count("//h:div[@class='signature']/h:div[@class='case-signature']"));
    }

    @Test
    void writesEachFicheActionUnderItsAxis() throws Exception {
        assertEquals("1) La petite enfance", document.text("//h:h2[@id='axe-1']"));
        assertEquals("Fiche action 1.1" + NBSP + ": Maintenir l’offre d’accueil du jeune enfant", document.text("//h:h3[@id='fiche-1-1']"));
        assertEquals("Dès 2024" + NBSP + ": Soutenir le fonctionnement du multi-accueil.Indicateurs" + NBSP + ":Le taux d’occupation",
                document.text("//h:h3[@id='fiche-1-1']/following-sibling::h:ol[1]/h:li").replaceAll("\\s*\n\\s*", ""));
        assertEquals("Les fiches action feront l’objet d’un avenant au plus tard le 30" + NBSP + "juin" + NBSP + "2024",
                document.text("//h:h2[@id='axe-2']/following-sibling::h:p[1]"));
    }

    @Test
    void everyParagraphOfTheNationalTextCarriesItsClauseId() throws Exception {
        assertEquals(List.of("article-8-al-1", "article-8-al-2", "article-8-al-3", "article-8-al-4"),
                document.texts("//h:p[starts-with(@id, 'article-8-')]/@id"));
        assertEquals("Les supports communs font apparaître les logos de chacune des parties.", document.text("//h:p[@id='article-8-al-2']"));
        assertEquals(List.of("article-12-al-1", "article-12-al-2", "article-12-al-3", "article-12-al-4", "article-12-al-5", "article-12-al-6",
                "article-12-al-7", "article-12-al-8", "article-12-al-9"), document.texts("//h:p[starts-with(@id, 'article-12-')]/@id"));
        assertEquals(0, document.count("//*[@id = preceding::*/@id]"));
    }

    @Test
    void namesADeliberationWithoutItsFileInAnnexSixByItsNumber() throws Exception {
        assertEquals(0, document.count("//h:div[@class='annexe-pdf']"));
        assertEquals("Délibération n°" + NBSP + "2023-112 du conseil communautaire de la Communauté de communes du Val d’Exemple du 20" + NBSP + "novembre"
                + NBSP + "2023 (document à joindre)", document.text("//h:h1[@id='annexe-6']/following-sibling::h:p[1]"));
    }
}
