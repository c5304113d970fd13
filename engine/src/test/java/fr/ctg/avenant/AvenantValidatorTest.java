package fr.ctg.avenant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.avenant.rules.ConventionAvenant;
import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Label;
import fr.ctg.diagnostic.Label;
import fr.ctg.diagnostic.Position;
import fr.ctg.diagnostic.Severity;
import fr.ctg.load.ConventionLoader;
import fr.ctg.model.Convention;
import fr.ctg.pipeline.ConventionPipeline;
import fr.ctg.pipeline.ConventionSet;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AvenantValidatorTest {

    @TempDir
    Path temp;

    @Test
    void l_avenant_01_de_forcalquier_est_valide() throws Exception {
        Path convention = Path.of("../conventions/forcalquier-2022-2024/convention.yaml").toAbsolutePath().normalize();
        ConventionSet forcalquier = new ConventionPipeline().load(convention);

        assertEquals(1, forcalquier.avenants().size());
        assertEquals(List.of(), forcalquier.diagnostics().stream().filter(d -> !d.position().file().equals(convention)).toList());
    }

    @Test
    void un_avenant_valide_n_a_aucun_diagnostic() {
        AvenantFixture fixture = new AvenantFixture(temp);
        fixture.avenant("avenant-01.yaml", AvenantFixture.ENTETE + AvenantFixture.AJOUT_FICHE_2_1);

        assertEquals(List.of(), fixture.diagnostics());
    }

    @Test
    void un_avenant_qui_nomme_une_autre_convention_que_la_sienne_est_signale_sur_son_nom() {
        AvenantFixture fixture = new AvenantFixture(temp);
        fixture.avenant("avenant-01.yaml", AvenantFixture.ENTETE.replace("convention: minimale", "convention: forcalquier-2022-2024")
                + AvenantFixture.AJOUT_FICHE_2_1);

        assertEquals(List.of("avenant-01.yaml:2:13: erreur[CTG-AVENANT-CONVENTION]: l’avenant modifie la convention "
                + "« forcalquier-2022-2024 », mais il est rangé avec la convention « minimale »"), fixture.diagnostics(new ConventionAvenant()));
        assertEquals(fixture.diagnostics(new ConventionAvenant()), fixture.diagnostics(), "aucune autre règle ne s’en mêle");
    }

    @Test
    void un_numero_qui_saute_un_rang_est_situe_sur_la_ligne_du_numero() {
        AvenantFixture fixture = new AvenantFixture(temp);
        fixture.avenant("avenant-01.yaml", AvenantFixture.ENTETE.replace("numero: 1", "numero: 2") + AvenantFixture.AJOUT_FICHE_2_1);

        assertEquals(List.of("avenant-01.yaml:1:9: erreur[CTG-AVENANT-NUMERO]: l’avenant porte le n° 2 alors qu’il est "
                + "le premier avenant de la convention : la numérotation se suit sans trou"), fixture.diagnostics());
    }

    @Test
    void un_numero_qui_ne_correspond_pas_au_fichier_est_signale() {
        AvenantFixture fixture = new AvenantFixture(temp);
        fixture.avenant("avenant-01.yaml", AvenantFixture.ENTETE + AvenantFixture.AJOUT_FICHE_2_1);
        fixture.avenant("avenant-03.yaml", AvenantFixture.ENTETE.replace("numero: 1", "numero: 2")
                .replace("2024-05-15", "2024-07-01").replace("2024-06-01", "2024-07-15") + """
                  - suppression_fiche:
                      numero: "1.1"
                """);

        assertEquals(List.of("avenant-03.yaml:1:9: erreur[CTG-AVENANT-NUMERO]: l’avenant n° 2 est dans le fichier avenant-03.yaml"),
                fixture.diagnostics());
    }

    @Test
    void un_avenant_signe_hors_de_la_periode_est_une_erreur() {
        AvenantFixture fixture = new AvenantFixture(temp);
        fixture.avenant("avenant-01.yaml", AvenantFixture.ENTETE.replace("date: 2024-05-15", "date: 2029-02-01") + AvenantFixture.AJOUT_FICHE_2_1);

        assertEquals(List.of(
                "avenant-01.yaml:4:7: avertissement[CTG-AVENANT-ECHEANCE]: les fiches de l’axe 2 étaient promises par avenant au plus tard "
                        + "le 30/06/2024 ; l’avenant n° 1 qui les apporte est signé le 01/02/2029",
                "avenant-01.yaml:4:7: erreur[CTG-AVENANT-SIGNATURE]: l’avenant est signé le 01/02/2029, hors de la période de la "
                        + "convention (du 01/01/2024 au 31/12/2028)"), fixture.diagnostics());
    }

    @Test
    void une_prolongation_au_dela_de_cinq_ans_est_refusee_et_l_effet_juge_sur_la_periode_prolongee() {
        AvenantFixture fixture = new AvenantFixture(temp);
        fixture.avenant("avenant-01.yaml", AvenantFixture.ENTETE.replace("date_effet: 2024-06-01", "date_effet: 2029-03-01") + """
                  - prolongation:
                      fin: 2029-06-30
                """ + AvenantFixture.AJOUT_FICHE_2_1);

        assertEquals(List.of("avenant-01.yaml:9:12: erreur[CTG-AVENANT-DUREE]: prolongée au 30/06/2029, la convention commencée "
                + "le 01/01/2024 durerait plus de 5 ans"), fixture.diagnostics());
        Label debut = fixture.validated().get(0).labels().get(0);
        assertEquals("convention.yaml:6:10: début de la convention",
                debut.position().file().getFileName() + ":" + debut.position().line() + ":" + debut.position().column() + ": " + debut.note());
    }

    @Test
    void une_date_d_effet_hors_periode_est_une_erreur() {
        AvenantFixture fixture = new AvenantFixture(temp);
        fixture.avenant("avenant-01.yaml", AvenantFixture.ENTETE.replace("date_effet: 2024-06-01", "date_effet: 2023-06-01") + AvenantFixture.AJOUT_FICHE_2_1);

        assertEquals(List.of("avenant-01.yaml:5:13: erreur[CTG-AVENANT-EFFET]: l’avenant prend effet le 01/06/2023, hors de la période "
                + "de la convention (du 01/01/2024 au 31/12/2028)"), fixture.diagnostics());
    }

    @Test
    void un_paragraphe_se_designe_par_son_identifiant_et_l_identifiant_doit_exister() {
        AvenantFixture fixture = new AvenantFixture(temp);
        fixture.avenant("avenant-01.yaml", AvenantFixture.ENTETE + AvenantFixture.AJOUT_FICHE_2_1 + """
                  - remplacement_paragraphe:
                      clause: article-8-al-2
                      texte: Les logos de toutes les parties.
                  - remplacement_paragraphe:
                      clause: article-8-al-9
                      texte: Autre texte.
                  - remplacement_paragraphe:
                      clause: article-8
                      texte: Autre texte.
                """);

        assertEquals(List.of(
                "avenant-01.yaml:19:15: erreur[CTG-AVENANT-CLAUSE]: la convention n’a pas de paragraphe « article-8-al-9 »",
                "avenant-01.yaml:22:15: erreur[CTG-AVENANT-CLAUSE]: « article-8 » n’est pas l’identifiant d’un paragraphe"),
                fixture.diagnostics());
        assertEquals("paragraphes de l’article 8 : article-8-al-1, article-8-al-2, article-8-al-3, article-8-al-4",
                fixture.validated().get(0).hint());
    }

    @Test
    void un_paragraphe_designe_par_son_rang_est_compris_avec_un_avertissement_qui_donne_son_identifiant() {
        AvenantFixture fixture = new AvenantFixture(temp);
        fixture.avenant("avenant-01.yaml", AvenantFixture.ENTETE + AvenantFixture.AJOUT_FICHE_2_1 + """
                  - remplacement_paragraphe:
                      article: 8
                      paragraphe: 2
                      texte: Les logos de toutes les parties.
                  - remplacement_paragraphe:
                      article: 8
                      paragraphe: 7
                      texte: Autre texte.
                """);

        assertEquals(List.of(
                "avenant-01.yaml:17:19: avertissement[CTG-AVENANT-CLAUSE]: le paragraphe est désigné par son rang (le 2e de l’article 8),"
                        + " qui change si le texte change",
                "avenant-01.yaml:21:19: erreur[CTG-AVENANT-CLAUSE]: l’article 8 n’a pas de paragraphe 7 (il en compte 4)"),
                fixture.diagnostics());
        assertEquals("écrivez « clause: article-8-al-2 » à la place de « article » et « paragraphe »", fixture.validated().get(0).hint());
    }

    @Test
    void les_cibles_absentes_sont_signalees_chacune_a_sa_place() {
        AvenantFixture fixture = new AvenantFixture(temp);
        fixture.avenant("avenant-01.yaml", AvenantFixture.ENTETE + AvenantFixture.AJOUT_FICHE_2_1 + """
                  - suppression_fiche:
                      numero: "9.9"
                  - suppression_equipement:
                      ligne: 3
                  - remplacement_article:
                      article: 15
                      texte: Nouveau texte.
                  - retrait_partie:
                      partie: mane
                """);

        assertEquals(List.of(
                "avenant-01.yaml:16:15: erreur[CTG-AVENANT-CIBLE]: la fiche 9.9 n’existe pas dans la convention",
                "avenant-01.yaml:18:14: erreur[CTG-AVENANT-CIBLE]: l’annexe 2 n’a pas de ligne 3 (elle en compte 0)",
                "avenant-01.yaml:20:16: erreur[CTG-AVENANT-CLAUSE]: la convention n’a pas d’article 15",
                "avenant-01.yaml:23:15: erreur[CTG-AVENANT-CIBLE]: « mane » n’est pas une partie de la convention"), fixture.diagnostics());
    }

    @Test
    void un_signataire_cite_deux_fois_renvoie_a_sa_premiere_mention() {
        AvenantFixture fixture = new AvenantFixture(temp);
        Path avenant = fixture.avenant("avenant-01.yaml", AvenantFixture.ENTETE.replace("[caf, cc]", "[caf, cc, caf]") + AvenantFixture.AJOUT_FICHE_2_1);

        assertEquals(List.of(new Diagnostic(Severity.ERROR, "CTG-AVENANT-SIGNATAIRES", new Position(avenant, 6, 24, 6, 27),
                "la partie « caf » est citée deux fois parmi les signataires", "supprimez la seconde",
                List.of(new Label(new Position(avenant, 6, 15, 6, 18), "première mention de « caf »")))), fixture.validated());
    }

    @Test
    void une_fiche_deja_ajoutee_par_un_avenant_precedent_ne_peut_etre_ajoutee_a_nouveau() {
        AvenantFixture fixture = new AvenantFixture(temp);
        fixture.avenant("avenant-01.yaml", AvenantFixture.ENTETE + AvenantFixture.AJOUT_FICHE_2_1);
        fixture.avenant("avenant-02.yaml", AvenantFixture.ENTETE.replace("numero: 1", "numero: 2").replace("2024-05-15", "2024-09-01")
                .replace("2024-06-01", "2024-09-15") + AvenantFixture.AJOUT_FICHE_2_1);

        assertEquals(List.of("avenant-02.yaml:10:19: erreur[CTG-AVENANT-CIBLE]: la fiche 2.1 existe déjà"), fixture.diagnostics());
    }

    @Test
    void un_avenant_signe_apres_l_echeance_sans_les_fiches_attendues_le_signale() {
        AvenantFixture fixture = new AvenantFixture(temp);
        fixture.avenant("avenant-01.yaml", AvenantFixture.ENTETE.replace("2024-05-15", "2024-09-01").replace("2024-06-01", "2024-09-15") + """
                  - suppression_fiche:
                      numero: "1.1"
                """);

        assertEquals(List.of("avenant-01.yaml:4:7: avertissement[CTG-AVENANT-ECHEANCE]: les fiches de l’axe 2 étaient promises par "
                + "avenant au plus tard le 30/06/2024 ; l’avenant n° 1, signé le 01/09/2024, ne les apporte toujours pas"), fixture.diagnostics());
    }

    @Test
    void toutes_les_parties_signent_et_une_partie_ajoutee_est_declaree() {
        AvenantFixture fixture = new AvenantFixture(temp);
        fixture.avenant("avenant-01.yaml", AvenantFixture.ENTETE.replace("[caf, cc]", "[caf, mane]") + AvenantFixture.AJOUT_FICHE_2_1 + """
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
                """);

        assertEquals(List.of(
                "avenant-01.yaml:6:14: erreur[CTG-AVENANT-SIGNATAIRES]: la partie « cc » de la convention ne signe pas l’avenant",
                "avenant-01.yaml:16:9: erreur[CTG-AVENANT-SIGNATAIRES]: aucune modification « ajout_partie » ne fait entrer « mane » "
                        + "dans la convention"), fixture.diagnostics());
    }

    @Test
    void une_modification_a_deux_types_est_refusee_au_chargement_et_nomme_ses_types_dans_l_ordre_de_la_liste() {
        assertEquals(List.of(
                "avenant-01.yaml:15:5: erreur[CTG-AVENANT-MODIFICATION]: la modification 2 mêle plusieurs types (prolongation, suppression_fiche)"),
                diagnosticsApresLaFiche21("""
                          - suppression_fiche:
                              numero: "1.1"
                            prolongation:
                              fin: 2028-12-31
                        """));
    }

    @Test
    void une_modification_sans_type_est_refusee_au_chargement_avec_la_liste_des_types() throws Exception {
        assertEquals(List.of("avenant-01.yaml:15:5: erreur[CTG-AVENANT-MODIFICATION]: la modification 2 ne dit pas de quel type elle est"),
                diagnosticsApresLaFiche21("  - prolongation:\n"));
        Diagnostic sansType = new AvenantLoader().load(temp.resolve("minimale/avenants/avenant-01.yaml")).diagnostics().get(0);
        assertEquals("commencez-la par l’un des types : prolongation, ajout_fiches, remplacement_fiche, suppression_fiche, ajout_axe, "
                + "remplacement_axe, suppression_axe, ajout_partie, retrait_partie, ajout_equipements, remplacement_equipement, "
                + "suppression_equipement, remplacement_article, remplacement_paragraphe, insertion_paragraphe, insertion_article, "
                + "suppression, ajout_annexe, remplacement_annexe, suppression_annexe, modification_financement, suppression_financement, "
                + "enregistrement_deliberation, a_rediger", sansType.hint());
    }

    @Test
    void un_type_mal_ecrit_n_est_signale_qu_une_fois() {
        assertEquals(List.of("avenant-01.yaml:15:5: erreur[CTG-CHAMP-INCONNU]: le champ « prolongaton » n’existe pas dans la 2e "
                + "modification"), diagnosticsApresLaFiche21("  - prolongaton:\n      fin: 2028-12-31\n"));
    }

    @Test
    void une_modification_a_rediger_est_refusee_dans_un_avenant_a_signer() {
        assertEquals(List.of(
                "avenant-01.yaml:16:7: erreur[CTG-AVENANT-A-REDIGER]: la modification 2 reste à rédiger (preambule.thematiques : la liste a changé)"),
                diagnosticsApresLaFiche21("  - a_rediger:\n      chemin: preambule.thematiques\n      description: la liste a changé\n"));
    }

    @Test
    void un_caractere_que_le_pdf_n_imprime_pas_est_signale_a_sa_colonne_dans_l_avenant() {
        assertEquals(List.of("avenant-01.yaml:17:47: avertissement[CTG-AVENANT-CARACTERE-PDF]: « titre » contient le caractère U+1F31E (SUN WITH FACE),"
                + " qu’aucune police du PDF n’a : le PDF imprime « # » à sa place, le DOCX le garde"),
                diagnosticsApresLaFiche21("  - ajout_annexe:\n      numero: 7\n      titre: Schéma des services aux familles 🌞\n"
                        + "      texte: Le schéma est annexé à la convention.\n"));
    }

    /** The diagnostics of avenant n° 1 bringing fiche 2.1 (lines 8 to 14), then these modifications from line 15. */
    private List<String> diagnosticsApresLaFiche21(String modifications) {
        AvenantFixture fixture = new AvenantFixture(temp);
        fixture.avenant("avenant-01.yaml", AvenantFixture.ENTETE + AvenantFixture.AJOUT_FICHE_2_1 + modifications);
        return fixture.diagnostics();
    }
}
