package fr.ctg.avenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.compose.ComposedDocument;
import fr.ctg.compose.Composer;
import fr.ctg.compose.XhtmlQuery;
import fr.ctg.load.SourceFile;
import fr.ctg.model.Convention;
import fr.ctg.model.avenant.Avenant;
import fr.ctg.model.avenant.ConventionConsolidee;
import java.nio.file.Files;
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
            """ + AvenantFixture.AJOUT_FICHE_2_1 + """
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

    /** An avenant as legal staff write one: exposé, free articles, clauses rewritten by id, annexes. */
    private static final String REDACTION = AvenantFixture.ENTETE.replace("modifications:\n", """
            article_avenants: article-11
            expose: |
              Le schéma départemental des services aux familles a été adopté en 2024.

              Les parties intègrent ce schéma à la convention et précisent leurs engagements.
            articles:
              - titre: Objet de l’avenant
                texte: Le présent avenant intègre le schéma de développement à la convention.
                sous_articles:
                  - titre: Intégration du schéma de développement
                    texte: Le schéma figure en annexe 7 de la convention.
                  - titre: Engagements des partenaires
                    texte: Les engagements des partenaires sont réécrits à l’article 5.
            modifications:
            """) + """
              - remplacement_article:
                  clause: article-5
                  texte: Les partenaires s’engagent à mettre en œuvre le schéma de développement.
              - insertion_paragraphe:
                  apres: article-8-al-2
                  texte: Les supports numériques reprennent les mêmes logos.
              - insertion_paragraphe:
                  apres: article-9
                  texte: Un bilan intermédiaire est présenté au comité de pilotage.
              - insertion_article:
                  apres: article-14
                  numero: "15"
                  titre: Schéma de développement
                  texte: Le schéma de développement engage les parties pour la durée de la convention.
              - suppression:
                  clause: article-9-al-3
              - suppression:
                  clause: article-13
              - ajout_annexe:
                  numero: 7
                  titre: Schéma de développement
                  texte: |
                    Le schéma prévoit :

                    - un multi-accueil de 12 places,
                    - un lieu d’accueil enfants-parents.
              - ajout_annexe:
                  numero: 8
                  titre: Carte du territoire
                  fichier: annexes/carte.pdf
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
    void une_partie_ajoutee_est_redigee_comme_dans_la_convention() throws Exception {
        Path delegue = fixture.avenant("avenant-01.yaml", TOUTES_LES_MODIFICATIONS.replace("        qualite: Maire\n",
                "        qualite: Première Adjointe au Maire\n        role: delegue\n    redaction:\n      autorisation: habilite\n"
                        + "      part: d_autre_part\n"));
        Avenant avenant = new AvenantLoader().load(delegue).value();

        String texte = texte(new Composer().composeAvenant(avenant, fixture.convention(), List.of(), SourceFile.read(delegue),
                SourceFile.read(fixture.conventionFile())));

        assertTrue(texte.contains("Et la Commune de Mane, représentée par la Première Adjointe au Maire, Madame Anne PETIT, dûment habilitée à"
                + " signer le présent avenant par délibération de son conseil municipal ; D’autre part, Vu la convention"), texte);
        assertTrue(texte.contains("La Première Adjointe au Maire de la Commune de Mane Anne PETIT"), texte);
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

    @Test
    void un_avenant_redige_a_son_preambule_ses_articles_libres_et_ses_modifications_par_identifiant() throws Exception {
        Path redige = redaction();
        assertEquals(List.of(), fixture.diagnostics());
        Avenant avenant = new AvenantLoader().load(redige).value();

        String texte = texte(new Composer().composeAvenant(avenant, fixture.convention(), List.of(), SourceFile.read(redige),
                SourceFile.read(fixture.conventionFile())));

        assertContainsInOrder(texte,
                "Vu l’article 11 de la convention territoriale globale signée le 15 décembre 2023 ;",
                "PREAMBULE Le schéma départemental des services aux familles a été adopté en 2024. Les parties intègrent ce schéma à la "
                        + "convention et précisent leurs engagements. Il est convenu ce qui suit :",
                "ARTICLE 1 - OBJET DE L’AVENANT Le présent avenant intègre le schéma de développement à la convention. "
                        + "1.1 - Intégration du schéma de développement Le schéma figure en annexe 7 de la convention. "
                        + "1.2 - Engagements des partenaires Les engagements des partenaires sont réécrits à l’article 5.",
                "ARTICLE 2 - MODIFICATION DE L’ARTICLE 5 L’article 5 de la convention est modifié comme suit : Les partenaires s’engagent"
                        + " à mettre en œuvre le schéma de développement.",
                "ARTICLE 3 - MODIFICATION DE L’ARTICLE 8 L’article 8 de la convention est complété, après son paragraphe 2, par le "
                        + "paragraphe suivant : Les supports numériques reprennent les mêmes logos.",
                "ARTICLE 4 - MODIFICATION DE L’ARTICLE 9 L’article 9 de la convention est complété par le paragraphe suivant : Un bilan"
                        + " intermédiaire est présenté au comité de pilotage.",
                "ARTICLE 5 - INSERTION D’UN ARTICLE 15 Il est inséré, après l’article 14 de la convention, un article 15 ainsi rédigé : "
                        + "Article 15 - Schéma de développement Le schéma de développement engage les parties pour la durée de la convention.",
                "ARTICLE 6 - MODIFICATION DE L’ARTICLE 9 Le paragraphe 3 de l’article 9 de la convention est supprimé.",
                "ARTICLE 7 - SUPPRESSION DE L’ARTICLE 13 L’article 13 de la convention est supprimé.",
                "ARTICLE 8 - ANNEXES La convention est complétée par une annexe 7 « Schéma de développement », ainsi rédigée : "
                        + "Le schéma prévoit : un multi-accueil de 12 places, un lieu d’accueil enfants-parents.",
                "ARTICLE 9 - ANNEXES La convention est complétée par une annexe 8 « Carte du territoire », jointe au présent avenant.",
                "ARTICLE 10 - DATE D’EFFET Le présent avenant prend effet le 1er juin 2024.");
    }

    @Test
    void la_version_consolidee_applique_les_modifications_par_identifiant_et_ajoute_les_annexes() throws Exception {
        Avenant avenant = new AvenantLoader().load(redaction()).value();

        ComposedDocument consolidee = new Composer().composeConsolidated(new Consolidation().apply(fixture.convention(), List.of(avenant)),
                avenant.date(), SourceFile.read(fixture.conventionFile()));
        String texte = texte(consolidee);

        assertContainsInOrder(texte,
                "ARTICLE 5 - ENGAGEMENTS DES PARTENAIRES Les partenaires s’engagent à mettre en œuvre le schéma de développement. ARTICLE 6",
                "Les supports communs font apparaître les logos de chacune des parties. Les supports numériques reprennent les mêmes logos."
                        + " Dans le cadre",
                "Cette évaluation devra permettre d’adapter les objectifs en fonction des évolutions constatées. Un bilan intermédiaire est"
                        + " présenté au comité de pilotage. ARTICLE 10",
                "toute leur force et leur portée",
                "ARTICLE 12 - LA FIN DE LA CONVENTION",
                "dommages et intérêts. ARTICLE 14 - CONFIDENTIALITE",
                "après son expiration. ARTICLE 15 - SCHEMA DE DEVELOPPEMENT Le schéma de développement engage les parties pour la durée de"
                        + " la convention. Signatures",
                "ANNEXE 6 – Décisions des conseils",
                "ANNEXE 7 – Schéma de développement Le schéma prévoit : un multi-accueil de 12 places, un lieu d’accueil enfants-parents."
                        + " ANNEXE 8 – Carte du territoire");
        assertTrue(!texte.contains("Annexe 5.") && !texte.contains("LES RECOURS"), texte);
        assertTrue(XhtmlQuery.serialized(consolidee).contains(
                "<div class=\"annexe-pdf\" data-fichier=\"annexes/carte.pdf\" data-titre=\"Annexe 8 – Carte du territoire\"/>"),
                XhtmlQuery.serialized(consolidee));
    }

    @Test
    void les_avenants_suivants_remplacent_et_suppriment_les_annexes_ajoutees_et_les_financements() throws Exception {
        Path premier = redaction();
        Path deuxieme = fixture.avenant("avenant-02.yaml", suivant(2) + """
                  - remplacement_annexe:
                      numero: 7
                      titre: Schéma de développement révisé
                      texte: Le schéma prévoit 16 places.
                  - suppression_annexe:
                      numero: 8
                  - modification_financement:
                      annee: 2025
                      financeur: la Caf
                      beneficiaire: la Communauté de communes
                      lignes:
                        - libelle: le bonus territoire
                          montant: 8000
                """ + AvenantFixture.AJOUT_FICHE_2_1);
        Path troisieme = fixture.avenant("avenant-03.yaml", suivant(3) + """
                  - suppression_financement:
                      annee: 2025
                      financeur: la Caf
                      beneficiaire: la Communauté de communes
                """);
        assertEquals(List.of(), fixture.diagnostics());
        AvenantLoader loader = new AvenantLoader();
        List<Avenant> avenants = List.of(loader.load(premier).value(), loader.load(deuxieme).value(), loader.load(troisieme).value());
        Composer composer = new Composer();
        Convention convention = fixture.convention();
        SourceFile source = SourceFile.read(fixture.conventionFile());

        assertContainsInOrder(texte(composer.composeAvenant(avenants.get(1), convention, avenants.subList(0, 1), SourceFile.read(deuxieme),
                source)),
                "Vu l’avenant n° 1 signé le 15 mai 2024 ;",
                "ARTICLE 1 - ANNEXES L’annexe 7 de la convention est remplacée par l’annexe 7 « Schéma de développement révisé », ainsi"
                        + " rédigée : Le schéma prévoit 16 places.",
                "ARTICLE 2 - ANNEXES L’annexe 8 « Carte du territoire » de la convention est supprimée.",
                "ARTICLE 3 - FINANCEMENTS Le financement versé par la Caf à la Communauté de communes au titre de l’année 2025 est fixé"
                        + " comme suit : 8 000 € pour le bonus territoire.");
        assertContainsInOrder(texte(composer.composeAvenant(avenants.get(2), convention, avenants.subList(0, 2), SourceFile.read(troisieme),
                source)),
                "ARTICLE 1 - FINANCEMENTS Le financement versé par la Caf à la Communauté de communes au titre de l’année 2025 est supprimé.");
        ConventionConsolidee consolidee = new Consolidation().apply(convention, avenants);
        String texte = texte(composer.composeConsolidated(consolidee, avenants.get(2).date(), source));
        assertContainsInOrder(texte, "ANNEXE 7 – Schéma de développement révisé Le schéma prévoit 16 places.");
        assertTrue(!texte.contains("ANNEXE 8") && consolidee.convention().financements().isEmpty(), texte);
    }

    /** The head of avenant n° {@code numero}, signed a month after the one before. */
    private static String suivant(int numero) {
        return AvenantFixture.ENTETE.replace("numero: 1", "numero: " + numero).replace("2024-05-15", "2024-0" + (numero + 4) + "-15")
                .replace("2024-06-01", "2024-0" + (numero + 5) + "-01");
    }

    /** The avenant REDACTION in place of the other, its PDF annex in the convention's folder. */
    private Path redaction() throws Exception {
        Path annexes = Files.createDirectories(fixture.conventionFile().resolveSibling("annexes"));
        Files.copy(Path.of("src/test/resources/hostile/fichier-valide/deliberations/cc-2023-112.pdf"), annexes.resolve("carte.pdf"));
        return fixture.avenant("avenant-01.yaml", REDACTION);
    }

    private static void assertContainsInOrder(String texte, String... attendus) {
        int from = 0;
        for (String attendu : attendus) {
            int at = texte.indexOf(attendu, from);
            assertTrue(at >= 0, attendu + "\n absent (ou pas à sa place) dans \n" + texte.substring(from));
            from = at + attendu.length();
        }
    }

    private static String texte(ComposedDocument document) {
        return XhtmlQuery.serialized(document).replaceAll("<[^>]+>", " ").replaceAll("[\\s\u00a0\u202f]+", " ").replace(" ,", ",").replace(" .", ".");
    }
}
