package fr.ctg.avenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.compose.ComposedDocument;
import fr.ctg.compose.Composer;
import fr.ctg.compose.XhtmlQuery;
import fr.ctg.load.SourceFile;
import fr.ctg.model.Convention;
import fr.ctg.model.avenant.Avenant;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of change, worded in the avenant and applied in the consolidated convention. */
class AvenantCompositionTest {

    private static final String TOUTES_LES_MODIFICATIONS = AvenantFixture.ENTETE.replace("[caf, cc]", "[caf, cc, mane]") + """
              - ajout_axe:
                  numero: 3
                  titre: L’accès aux droits
                  domaines: [accès aux droits et aux services]
                  fiches_par_avenant: 2025-06-30
              - remplacement_axe:
                  numero: 2
                  titre: La parentalité
                  domaines: [parentalité]
              - ajout_fiches:
                  fiches:
                    - numero: "2.1"
                      titre: Soutenir les parents
                      contexte: Aucun lieu d’accueil enfants-parents.
                      objectifs: Ouvrir un LAEP.
                      public_vise: Les parents
              - suppression_fiche:
                  numero: "1.1"
              - ajout_partie:
                  partie: mane
              - ajout_equipements:
                  equipements:
                    - partenaire: Commune de Mane
                      nom: Accueil de loisirs de Mane
                      type: Accueil de loisirs sans hébergement
                      nature: Extrascolaire
                      adresse: [Place de la Mairie]
                      code_postal: "04300"
                      commune: Mane
              - remplacement_article:
                  clause: article-13
                  texte: Tout litige est porté devant le Tribunal administratif de Marseille.
              - remplacement_paragraphe:
                  clause: article-8-al-2
                  texte: Les supports communs font apparaître les logos de toutes les parties, communes comprises.
              - modification_financement:
                  annee: 2024
                  financeur: la Caf
                  beneficiaire: la Communauté de communes
                  lignes:
                    - libelle: le bonus territoire
                      montant: 12500.50
                  total: 12500.50
              - enregistrement_deliberation:
                  partie: mane
                  organe: conseil_municipal
                  date: 2024-04-10
            parties_ajoutees:
              - id: mane
                type: commune
                nom: Commune de Mane
                article: la
                genre: feminin
                organe: conseil_municipal
                representants:
                  - civilite: Mme
                    nom: Anne PETIT
                    qualite: Maire
            """;

    @TempDir
    Path temp;

    private AvenantFixture fixture;
    private Path fichier;

    @BeforeEach
    void avenant() {
        fixture = new AvenantFixture(temp);
        fichier = fixture.avenant("avenant-01.yaml", TOUTES_LES_MODIFICATIONS);
    }

    @Test
    void chaque_type_de_modification_a_son_article() throws Exception {
        assertEquals(List.of(), fixture.diagnostics());
        Avenant avenant = new AvenantLoader().load(fichier).value();

        String texte = texte(new Composer().composeAvenant(avenant, fixture.convention(), List.of(), SourceFile.read(fichier),
                SourceFile.read(fixture.conventionFile())));

        for (String attendu : List.of(
                "Vu la convention territoriale globale signée le 15 décembre 2023 ;",
                "ARTICLE 1 - PLAN D’ACTIONS L’annexe 3 est complétée par l’axe 3 « L’accès aux droits ». Les fiches action de cet axe "
                        + "feront l’objet d’un avenant au plus tard le 30 juin 2025.",
                "ARTICLE 2 - PLAN D’ACTIONS L’axe 2 de l’annexe 3 est désormais intitulé « La parentalité ».",
                "ARTICLE 3 - PLAN D’ACTIONS L’annexe 3 est complétée par la fiche action 2.1 suivante :",
                "ARTICLE 4 - PLAN D’ACTIONS La fiche action 1.1 « Maintenir l’offre d’accueil du jeune enfant » de l’annexe 3 est supprimée.",
                "ARTICLE 5 - PARTIES A LA CONVENTION La Commune de Mane devient signataire de la convention territoriale globale",
                "ARTICLE 6 - EQUIPEMENTS ET SERVICES SOUTENUS L’annexe 2 est complétée par l’équipement suivant :",
                "ARTICLE 7 - MODIFICATION DE L’ARTICLE 13 L’article 13 de la convention est modifié comme suit : Tout litige est porté",
                "ARTICLE 8 - MODIFICATION DE L’ARTICLE 8 Le paragraphe 2 de l’article 8 de la convention est remplacé par le paragraphe suivant :",
                "ARTICLE 9 - FINANCEMENTS Le financement versé par la Caf à la Communauté de communes au titre de l’année 2024 est fixé "
                        + "comme suit : 12 500,50 € pour le bonus territoire. Soit un total de 12 500,50 €.",
                "ARTICLE 10 - DELIBERATIONS La délibération du conseil municipal de la Commune de Mane en date du 10 avril 2024 est jointe",
                "ARTICLE 11 - DATE D’EFFET Le présent avenant prend effet le 1er juin 2024.",
                "Madame Anne PETIT, dûment autorisée à signer le présent avenant par délibération de son conseil municipal ;")) {
            assertTrue(texte.contains(attendu), attendu + "\n dans \n" + texte);
        }
    }

    @Test
    void la_version_consolidee_remplace_le_texte_des_articles_et_des_paragraphes() throws Exception {
        Avenant avenant = new AvenantLoader().load(fichier).value();
        Convention convention = fixture.convention();

        String texte = texte(new Composer().composeConsolidated(new Consolidation().apply(convention, List.of(avenant)),
                avenant.date(), SourceFile.read(fixture.conventionFile())));

        assertTrue(texte.contains("ARTICLE 13 - LES RECOURS Tout litige est porté devant le Tribunal administratif de Marseille. ARTICLE 14"), texte);
        assertTrue(texte.contains("Les parties décident et réalisent, d’un commun accord, les actions de communication relatives à la présente "
                + "convention. Les supports communs font apparaître les logos de toutes les parties, communes comprises. Dans le cadre"), texte);
        assertTrue(texte.contains("Version consolidée après l’avenant n° 1"), texte);
        assertTrue(texte.contains("la Commune de Mane, représentée par son Maire, Madame Anne PETIT"), texte);
        assertTrue(!texte.contains("Recours contentieux"), texte);
    }

    private static String texte(ComposedDocument document) {
        return XhtmlQuery.serialized(document).replaceAll("<[^>]+>", " ").replaceAll("[\\s\u00a0\u202f]+", " ").replace(" ,", ",").replace(" .", ".");
    }
}
