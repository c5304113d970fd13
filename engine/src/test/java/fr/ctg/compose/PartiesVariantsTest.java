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
 * The wordings of the parties block a party's « redaction » chooses, on examples/parties-variantes: each entry's
 * exact sentence, the « D’une part / D’autre part » paragraphs and the signature titles.
 */
class PartiesVariantsTest {

    private static final Path EXEMPLE = Path.of("../examples/parties-variantes/convention.yaml");
    private static final String NBSP = "\u00a0";
    private static final String NNBSP = "\u202f";

    private static XhtmlQuery document;

    @BeforeAll
    static void compose() throws Exception {
        Convention convention = new ConventionLoader().load(EXEMPLE).loadedConvention().orElseThrow();
        document = XhtmlQuery.of(new Composer().composeConvention(convention, SourceFile.read(EXEMPLE)));
    }

    private static String typographed(String text) {
        return text.replace(" ;", NNBSP + ";").replace(" :", NBSP + ":").replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
                .replace("12 octobre 2023", "12" + NBSP + "octobre" + NBSP + "2023");
    }

    private static String entry(int n) throws Exception {
        return document.texts("//h:body/h:ul[position() <= 2]/h:li").get(n - 1);
    }

    @Test
    void joinsTheCafsRepresentativesWithEtParAndCitesItsSeatAndItsBoardsDatedDeliberation() throws Exception {
        assertEquals(typographed("la Caisse d’allocations familiales de la Vallée d’Essai, dont le siège est situé 12 rue des Tilleuls,"
                + " 99000 Essai-Ville, représentée par son Président du Conseil d’administration, Monsieur Jean BERNARD, et par sa Directrice,"
                + " Madame Sophie LEROY, dûment habilités à signer la présente convention par délibération de son conseil d’administration"
                + " en date du 12 octobre 2023 ; ci-après dénommée « la Caf » ;"), entry(1));
    }

    @Test
    void keepsTheNationalWordingOfAPartyWithoutRedaction() throws Exception {
        assertEquals(typographed("la Communauté de communes du Pays d’Essai, représentée par son Président, Monsieur Luc MOREAU, dûment autorisé"
                + " à signer la présente convention par délibération de son conseil communautaire ; ci-après dénommée « la Communauté de communes » ;"),
                entry(2));
    }

    @Test
    void namesADelegateByTheArticleOfHerOffice() throws Exception {
        assertEquals(typographed("la Commune de Bourg-d’Essai, représentée par la Première Adjointe au Maire, Madame Anne PETIT, dûment autorisée"
                + " à signer la présente convention par délibération de son conseil municipal ;"), entry(3));
        assertEquals("La Première Adjointe au Maire de Bourg-d’Essai", document.texts("//h:p[@class='qualite']").get(3));
    }

    @Test
    void groupsCommunesRepresentedByTheirRespectiveMayors() throws Exception {
        assertEquals(typographed("les Communes de Lavande, Romarin et Thym, représentées par leurs maires respectifs, dûment autorisés à signer"
                + " la présente convention par délibération de leurs conseils municipaux ;"), entry(4));
        assertEquals(List.of("Le Maire de Lavande", "Le Maire de Romarin", "Le Maire de Thym"),
                document.texts("//h:p[@class='qualite']").subList(4, 7));
    }

    @Test
    void countsGroupedCommunesAsCommunesInTheNationalText() throws Exception {
        assertEquals("La Caf de la Vallée d’Essai, la communauté de communes et les communes s’engagent à mettre en œuvre les moyens"
                + " nécessaires pour atteindre les objectifs qu’ils se sont assignés dans le plan d’actions de la présente convention.",
                document.text("//h:h1[@id='article-5']/following-sibling::h:p[1]"));
    }

    @Test
    void endsEachSideWithDUnePartAndDAutrePart() throws Exception {
        assertEquals(List.of("Entre" + NBSP + ":", "D’une part,", "Et", "D’autre part,"),
                document.texts("//h:body/h:p[following-sibling::h:p[starts-with(., 'Il est convenu')]"
                        + " and (starts-with(., 'Entre') or preceding-sibling::h:p[starts-with(., 'Entre')])]"));
        assertEquals(List.of(1, 3), List.of(document.count("//h:body/h:ul[1]/h:li"), document.count("//h:body/h:ul[2]/h:li")));
    }

    @Test
    void signsOnceForEachRepresentativeUnderTheTitleOfHisOffice() throws Exception {
        assertEquals(List.of("Le Président du Conseil d’administration de la Caf de la Vallée d’Essai", "La Directrice de la Caf de la Vallée d’Essai",
                "Le Président de la Communauté de communes du Pays d’Essai"), document.texts("//h:p[@class='qualite']").subList(0, 3));
        assertEquals(List.of("Jean BERNARD", "Sophie LEROY", "Luc MOREAU", "Anne PETIT", "Pierre ROUX", "Julie FAURE", "Marc GIRAUD"),
                document.texts("//h:div[@class='signature']/h:p[@class='nom']"));
    }
}
