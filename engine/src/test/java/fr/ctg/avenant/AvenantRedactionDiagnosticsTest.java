package fr.ctg.avenant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.validate.ConventionSnippet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diagnostics of what an avenant writes: clauses aimed at by id, annexes, the convention it amends. The changes
 * below follow the head of AvenantFixture and its fiche 2.1 (lines 1 to 14): they start at line 15.
 */
class AvenantRedactionDiagnosticsTest {

    @TempDir
    Path temp;

    private List<String> diagnostics(String modifications) {
        AvenantFixture fixture = new AvenantFixture(temp);
        fixture.avenant("avenant-01.yaml", AvenantFixture.ENTETE + AvenantFixture.AJOUT_FICHE_2_1 + modifications);
        return fixture.diagnostics();
    }

    private List<String> hints(String modifications) {
        AvenantFixture fixture = new AvenantFixture(temp);
        fixture.avenant("avenant-01.yaml", AvenantFixture.ENTETE + AvenantFixture.AJOUT_FICHE_2_1 + modifications);
        return fixture.validated().stream().map(Diagnostic::hint).toList();
    }

    private static final String CLAUSES_FAUSSES = """
              - remplacement_article:
                  clause: article-8-al-2
                  texte: Nouveau texte.
              - insertion_paragraphe:
                  apres: article-8-al-9
                  texte: Nouveau paragraphe.
              - suppression:
                  clause: article-15
              - insertion_article:
                  apres: article-14
                  numero: "14"
                  titre: Nouvel article
                  texte: Son texte.
              - suppression:
                  clause: article-20-al-1
            """;

    @Test
    void chaque_clause_fausse_est_signalee_sur_son_identifiant_avec_les_identifiants_voisins() {
        assertEquals(List.of(
                "avenant-01.yaml:16:15: erreur[CTG-AVENANT-CLAUSE]: « article-8-al-2 » n’est pas l’identifiant d’un article",
                "avenant-01.yaml:19:14: erreur[CTG-AVENANT-CLAUSE]: la convention n’a pas de paragraphe « article-8-al-9 »",
                "avenant-01.yaml:22:15: erreur[CTG-AVENANT-CLAUSE]: la convention n’a pas d’article 15",
                "avenant-01.yaml:25:15: erreur[CTG-AVENANT-CLAUSE]: la convention a déjà un article 14",
                "avenant-01.yaml:29:15: erreur[CTG-AVENANT-CLAUSE]: la convention n’a pas de paragraphe « article-20-al-1 »"),
                diagnostics(CLAUSES_FAUSSES));
        assertEquals(List.of(
                "un article s’écrit « article-N » ; « ctg articles DOSSIER » liste les identifiants des articles et des paragraphes",
                "paragraphes de l’article 8 : article-8-al-1, article-8-al-2, article-8-al-3, article-8-al-4",
                "les articles sont numérotés de 1 à 14",
                "numérotez l’article inséré d’après celui qu’il suit (« 14 bis »), ou après le dernier article",
                "les articles sont numérotés de 1 à 14 ; « ctg articles DOSSIER » liste les identifiants des articles et des paragraphes"),
                hints(CLAUSES_FAUSSES));
    }

    private static final String CLAUSES_PARTIES = """
              - suppression:
                  clause: article-9
              - insertion_paragraphe:
                  apres: article-9-al-1
                  texte: Nouveau paragraphe.
              - remplacement_article:
                  clause: article-7
                  texte: Nouveau texte.
              - suppression:
                  clause: article-7-al-2
            """;

    @Test
    void une_clause_qu_une_modification_precedente_a_retiree_ne_peut_plus_etre_visee() {
        assertEquals(List.of(
                "avenant-01.yaml:18:14: erreur[CTG-AVENANT-CLAUSE]: « article-9-al-1 » n’est plus dans le texte de la convention",
                "avenant-01.yaml:24:15: erreur[CTG-AVENANT-CLAUSE]: « article-7-al-2 » n’est plus dans le texte de la convention"),
                diagnostics(CLAUSES_PARTIES));
        assertEquals(List.of(
                "l’avenant n° 1 a supprimé l’article 9 ; visez un article ou un paragraphe encore en vigueur",
                "l’avenant n° 1 a remplacé le texte de l’article 7 ; visez un article ou un paragraphe encore en vigueur"),
                hints(CLAUSES_PARTIES));
    }

    @Test
    void une_clause_supprimee_par_un_avenant_precedent_ne_peut_plus_etre_visee() {
        AvenantFixture fixture = new AvenantFixture(temp);
        fixture.avenant("avenant-01.yaml", AvenantFixture.ENTETE + AvenantFixture.AJOUT_FICHE_2_1 + "  - suppression:\n      clause: article-8-al-3\n");
        fixture.avenant("avenant-02.yaml", AvenantFixture.ENTETE.replace("numero: 1", "numero: 2").replace("2024-05-15", "2024-05-20")
                + "  - remplacement_paragraphe:\n      clause: article-8-al-3\n      texte: Autre texte.\n");

        assertEquals(List.of("avenant-02.yaml:9:15: erreur[CTG-AVENANT-CLAUSE]: « article-8-al-3 » n’est plus dans le texte de la convention"),
                fixture.diagnostics());
        assertEquals("l’avenant n° 1 l’a supprimé ; visez un article ou un paragraphe encore en vigueur", fixture.validated().get(0).hint());
    }

    @Test
    void l_article_des_avenants_est_l_identifiant_d_un_article_de_la_convention() {
        AvenantFixture fixture = new AvenantFixture(temp);
        fixture.avenant("avenant-01.yaml", AvenantFixture.ENTETE.replace("modifications:", "article_avenants: article-11-al-1\nmodifications:")
                + AvenantFixture.AJOUT_FICHE_2_1);

        assertEquals(List.of("avenant-01.yaml:7:19: erreur[CTG-AVENANT-CLAUSE]: « article-11-al-1 » n’est pas l’identifiant d’un article"),
                fixture.diagnostics());
    }

    @Test
    void un_article_designe_par_son_numero_est_compris_avec_un_avertissement_qui_donne_son_identifiant() {
        String modification = """
                  - remplacement_article:
                      article: 13
                      texte: Tout litige est porté devant le Tribunal administratif de Marseille.
                """;

        assertEquals(List.of("avenant-01.yaml:16:16: avertissement[CTG-AVENANT-CLAUSE]: l’article est désigné par son numéro, l’ancienne forme"),
                diagnostics(modification));
        assertEquals(List.of("écrivez « clause: article-13 » à la place de « article »"), hints(modification));
    }

    private static final String ANNEXES_FAUSSES = """
              - ajout_annexe:
                  numero: 3
                  titre: Schéma
                  texte: Le schéma.
              - ajout_annexe:
                  numero: 7
                  titre: Schéma de développement
                  texte: Le schéma.
              - ajout_annexe:
                  numero: 7
                  titre: Autre schéma
                  texte: Le schéma.
              - remplacement_annexe:
                  numero: 9
                  titre: Carte
                  texte: La carte.
              - suppression_annexe:
                  numero: 2
              - ajout_annexe:
                  numero: 8
                  titre: Carte
                  texte: La carte.
                  fichier: annexes/carte.pdf
              - ajout_annexe:
                  numero: 9
                  titre: Plan
              - ajout_annexe:
                  numero: 10
                  titre: Convention de gestion
                  fichier: annexes/absente.pdf
            """;

    @Test
    void chaque_annexe_fausse_est_signalee_a_sa_place() {
        assertEquals(List.of(
                "avenant-01.yaml:16:15: erreur[CTG-AVENANT-ANNEXE]: les annexes 1 à 6 sont celles du texte national",
                "avenant-01.yaml:24:15: erreur[CTG-AVENANT-ANNEXE]: l’annexe 7 existe déjà (« Schéma de développement »)",
                "avenant-01.yaml:28:15: erreur[CTG-AVENANT-ANNEXE]: la convention n’a pas d’annexe 9",
                "avenant-01.yaml:32:15: erreur[CTG-AVENANT-ANNEXE]: l’annexe 2 est une annexe nationale : elle change par les modifications de son"
                        + " contenu",
                "avenant-01.yaml:37:16: erreur[CTG-AVENANT-ANNEXE]: l’annexe 8 a à la fois un texte et un fichier",
                "avenant-01.yaml:40:14: erreur[CTG-AVENANT-ANNEXE]: l’annexe 9 n’a ni texte ni fichier",
                "avenant-01.yaml:44:16: erreur[CTG-AVENANT-ANNEXE]: le fichier de l’annexe « annexes/absente.pdf » n’existe pas"),
                diagnostics(ANNEXES_FAUSSES));
        assertEquals(List.of(
                "numérotez l’annexe ajoutée 7",
                "pour la modifier, écrivez « remplacement_annexe » ; sinon numérotez l’annexe ajoutée 8",
                "annexes ajoutées par les avenants : 7",
                "écrivez les modifications typées de ce qu’elle présente (équipements, fiches actions, axes, délibérations)",
                "écrivez « texte » pour une annexe rédigée dans l’avenant, ou « fichier » pour un PDF joint",
                "écrivez « texte » pour une annexe rédigée dans l’avenant, ou « fichier » pour un PDF joint",
                "déposez le PDF de l’annexe à cet endroit du dossier de la convention, ou corrigez le chemin"),
                hints(ANNEXES_FAUSSES));
    }

    @Test
    void le_pdf_d_une_annexe_est_un_pdf_lisible_du_dossier_de_la_convention() throws Exception {
        AvenantFixture fixture = new AvenantFixture(temp);
        Path annexes = Files.createDirectories(fixture.conventionFile().resolveSibling("annexes"));
        Files.writeString(annexes.resolve("carte.pdf"), "pas un PDF");
        fixture.avenant("avenant-01.yaml", AvenantFixture.ENTETE + AvenantFixture.AJOUT_FICHE_2_1 + """
                  - ajout_annexe:
                      numero: 7
                      titre: Carte
                      fichier: annexes/carte.pdf
                  - ajout_annexe:
                      numero: 8
                      titre: Mot de passe
                      fichier: ../../secret.pdf
                """);

        List<String> diagnostics = fixture.diagnostics();
        assertEquals(2, diagnostics.size(), diagnostics.toString());
        assertEquals("avenant-01.yaml:18:16: erreur[CTG-AVENANT-ANNEXE]: le fichier « annexes/carte.pdf » n’est pas un PDF",
                diagnostics.get(0).replaceAll(" n’est pas un PDF.*", " n’est pas un PDF"));
        assertEquals("avenant-01.yaml:22:16: erreur[CTG-AVENANT-ANNEXE]: le chemin « ../../secret.pdf » remonte hors du dossier de la"
                + " convention (« .. »)", diagnostics.get(1));
    }

    @Test
    void un_financement_supprime_existe_dans_la_convention() {
        assertEquals(List.of("avenant-01.yaml:16:14: erreur[CTG-AVENANT-CIBLE]: la convention n’a pas de financement versé par « la Caf » à"
                + " « la Communauté de communes » pour l’année 2024"), diagnostics("""
                  - suppression_financement:
                      annee: 2024
                      financeur: la Caf
                      beneficiaire: la Communauté de communes
                """));
    }

    @Test
    void un_avenant_a_signer_a_une_convention_sans_date_de_signature_est_une_erreur_et_un_avertissement_en_projet() {
        String convention = ConventionSnippet.MINIMALE.replace("statut: a_signer", "statut: projet").replace("  date: 2023-12-15\n", "");
        AvenantFixture fixture = new AvenantFixture(temp, convention);
        fixture.avenant("avenant-01.yaml", AvenantFixture.ENTETE + AvenantFixture.AJOUT_FICHE_2_1);

        assertEquals(List.of("avenant-01.yaml:2:13: erreur[CTG-AVENANT-CONVENTION-SIGNEE]: la convention « minimale » n’a pas de date de"
                + " signature : l’avenant ne peut la citer"), fixture.diagnostics());
        assertEquals("datez la signature de la convention (« signature: {date: AAAA-MM-JJ} »), ou laissez l’avenant en « statut: projet »"
                + " jusqu’à cette signature", fixture.validated().get(0).hint());

        fixture.avenant("avenant-01.yaml", AvenantFixture.ENTETE.replace("statut: a_signer", "statut: projet") + AvenantFixture.AJOUT_FICHE_2_1);
        assertEquals(List.of("avenant-01.yaml:2:13: avertissement[CTG-AVENANT-CONVENTION-SIGNEE]: la convention « minimale » n’a pas de date"
                + " de signature : l’avenant ne peut la citer"), fixture.diagnostics());
    }
}
