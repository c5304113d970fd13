package fr.ctg.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.load.ConventionLoader;
import fr.ctg.load.SourceFile;
import fr.ctg.model.Convention;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example of deliberations as acts and of the financial annex, composed. Non-breaking spaces are spelled out. */
class ComposerActsAndFinancingTest {

    static final Path EXEMPLE = Path.of("../examples/financements-vallee-du-brechet/convention.yaml");
    private static final String NBSP = "\u00a0";
    private static final String NNBSP = "\u202f";
    private static final String ANNEE_2025 = "//h:h2[@id='annexe-7-2025']/following-sibling::h:table[1]/h:tbody/h:tr";

    private static XhtmlQuery document;

    @BeforeAll
    static void compose() throws Exception {
        Convention convention = new ConventionLoader().load(EXEMPLE).loadedConvention().orElseThrow();
        document = XhtmlQuery.of(new Composer().composeConvention(convention, SourceFile.read(EXEMPLE)));
    }

    @Test
    void theVisaCitesTheDeliberationByItsNumberAndIntroducesItsTitleByPortant() throws Exception {
        assertEquals(List.of(
                "Vu la délibération du conseil d’administration de la Caisse d’allocations familiales du Bréchet en date du 8" + NBSP
                        + "octobre" + NBSP + "2024 concernant la stratégie de déploiement des Ctg" + NNBSP + ";",
                "Vu la délibération n°" + NBSP + "2024-11-087 du conseil communautaire de la Communauté de communes de la Vallée du"
                        + " Bréchet en date du 20" + NBSP + "novembre" + NBSP + "2024 portant approbation de la convention territoriale"
                        + " globale 2025-2028 figurant en annexe 6 de la présente convention" + NNBSP + ";",
                "Vu la délibération n°" + NBSP + "DEL-2024-54 du conseil municipal de la Commune de Brechetville en date du 27" + NBSP
                        + "novembre" + NBSP + "2024 autorisant le Maire à signer la convention territoriale globale figurant en annexe 6"
                        + " de la présente convention" + NNBSP + ";"),
                document.texts("//h:p[starts-with(., 'Vu la délibération')]"));
    }

    @Test
    void annexSixNamesEachDeliberationByItsNumberWithItsVotes() throws Exception {
        assertEquals(List.of(
                "Délibération n°" + NBSP + "2024-11-087 du conseil communautaire de la Communauté de communes de la Vallée du Bréchet"
                        + " du 20" + NBSP + "novembre" + NBSP + "2024 (document à joindre)"
                        + "Membres en exercice" + NBSP + ": 33" + NNBSP + "; présents" + NBSP + ": 25" + NNBSP + "; pouvoirs" + NBSP
                        + ": 3" + NNBSP + "; votants" + NBSP + ": 28."
                        + "Pour" + NBSP + ": 26" + NNBSP + "; contre" + NBSP + ": 1" + NNBSP + "; abstentions" + NBSP + ": 1.",
                "Délibération n°" + NBSP + "DEL-2024-54 du conseil municipal de la Commune de Brechetville du 27" + NBSP + "novembre"
                        + NBSP + "2024 (document à joindre)"
                        + "Membres en exercice" + NBSP + ": 19" + NNBSP + "; présents" + NBSP + ": 15" + NNBSP + "; pouvoirs" + NBSP
                        + ": 0" + NNBSP + "; votants" + NBSP + ": 15."
                        + "Pour" + NBSP + ": 15" + NNBSP + "; contre" + NBSP + ": 0" + NNBSP + "; abstentions" + NBSP + ": 0."),
                document.texts("//h:h1[@id='annexe-6']/following-sibling::h:p[starts-with(., 'Délibération')]"));
    }

    @Test
    void annexSevenComesAfterAnnexSixWithOneTablePerYear() throws Exception {
        assertEquals("ANNEXE 7 – Financements", document.text("//h:h1[@id='annexe-7']"));
        assertEquals(List.of("Année 2025", "Année 2026"), document.texts("//h:h1[@id='annexe-7']/following-sibling::h:h2"));
        assertEquals(List.of("FINANCEUR", "BENEFICIAIRE", "OBJET", "MONTANT"),
                document.texts("//h:h2[@id='annexe-7-2025']/following-sibling::h:table[1]/h:thead/h:tr/h:th"));
    }

    @Test
    void aFinancerIsNamedOnItsFirstLineAndABeneficiaryOnTheFirstLineOfItsStatement() throws Exception {
        assertEquals(List.of("la Caf", "la Communauté de communes", "Prestation de service unique (PSU)", "148" + NNBSP + "500" + NBSP + "€"),
                document.texts(ANNEE_2025 + "[1]/h:td"));
        assertEquals(List.of("", "", "bonus territoire des places nouvelles du multi-accueil (12 places)",
                "36" + NNBSP + "000" + NBSP + "€"), document.texts(ANNEE_2025 + "[2]/h:td"));
        assertEquals(List.of("", "la Commune de Brechetville", "Prestation de service «" + NBSP + "accueil de loisirs sans hébergement"
                + NBSP + "»", "42" + NNBSP + "350,50" + NBSP + "€"), document.texts(ANNEE_2025 + "[5]/h:td"));
    }

    @Test
    void eachFinancerHasItsSubtotalWhenTheYearHasSeveralThenTheYearItsTotal() throws Exception {
        assertEquals(List.of("Sous-total la Caf", "", "", "423" + NNBSP + "650,50" + NBSP + "€"), document.texts(ANNEE_2025 + "[7]/h:td"));
        assertEquals(List.of("Sous-total la Communauté de communes", "", "", "95" + NNBSP + "000" + NBSP + "€"),
                document.texts(ANNEE_2025 + "[9]/h:td"));
        assertEquals(List.of("Total 2025", "", "", "518" + NNBSP + "650,50" + NBSP + "€"), document.texts(ANNEE_2025 + "[10]/h:td"));
        assertEquals(List.of("Total 2026", "", "", "283" + NNBSP + "900" + NBSP + "€"),
                document.texts("//h:h2[@id='annexe-7-2026']/following-sibling::h:table[1]/h:tbody/h:tr[h:td[1]/h:strong]/h:td"));
        assertEquals("Total général" + NBSP + ": 802" + NNBSP + "550,50" + NBSP + "€",
                document.text("//h:h1[@id='annexe-7']/following-sibling::h:p[last()]"));
    }
}
