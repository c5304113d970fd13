package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.validate.ConventionSnippet;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CTG-ACTES-SIGNEE, CTG-ACTES-SIREN, CTG-ACTES-DATE and CTG-ACTES-NATURE: the acknowledgment of a signed convention. */
class AccuseReceptionRulesTest {

    private static final String EMPREINTE = "empreinte_pdf_signe: 3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea\n";

    @TempDir
    Path dossier;

    /** The minimal convention signed, its communauté de communes with its SIREN, acknowledged. */
    private static ConventionSnippet signee(String identifiant, String dateReception) {
        return minimale().with("statut: a_signer", "statut: signee")
                .with("    nom_court: la Communauté de communes\n", "    nom_court: la Communauté de communes\n    siren: \"240400440\"\n")
                .append(EMPREINTE + "accuse_reception:\n  identifiant: " + identifiant + "\n  date_reception: " + dateReception + "\n");
    }

    @Test
    void acceptsTheAcknowledgmentOfTheSignedConventionByTheCollectivityThatDeliberated() {
        assertEquals(List.of(), signee("004-240400440-20231215-99-2023-CC", "2023-12-15").diagnostics(dossier));
    }

    @Test
    void anAcknowledgmentOnAConventionNotSignedIsAnErrorAndAWarningInProjet() {
        ConventionSnippet aSigner = minimale().append("accuse_reception:\n  identifiant: 004-240400440-20231215-99-2023-CC\n"
                + "  date_reception: 2023-12-20\n");
        String message = ": la convention a un accusé de réception de la préfecture mais n’est pas signée (statut « %s ») : seul un acte"
                + " signé se transmet | enregistrez d’abord la signature (ctg enregistrer-signature), ou retirez cet accusé de réception"
                + " s’il est celui d’un autre acte";

        assertEquals(List.of("87:3: erreur[CTG-ACTES-SIGNEE]" + message.formatted("a_signer")), aSigner.diagnostics(dossier));
        assertEquals(List.of("87:3: avertissement[CTG-ACTES-SIGNEE]" + message.formatted("projet")),
                aSigner.with("statut: a_signer", "statut: projet").alone(new AccuseConventionSignee()).diagnostics(dossier));
    }

    @Test
    void theSirenOfTheAcknowledgmentIsThatOfAPartyThatDeliberates() {
        assertEquals(List.of("89:16: erreur[CTG-ACTES-SIREN]: le SIREN « 200041762 » de l’accusé de réception n’est celui d’aucune partie"
                + " qui délibère | SIREN des parties qui délibèrent : cc : 240400440 ; vérifiez l’identifiant ou le siren de la partie"),
                signee("004-200041762-20231215-99-2023-CC", "2023-12-20").diagnostics(dossier));
        assertEquals(List.of("88:16: erreur[CTG-ACTES-SIREN]: le SIREN « 240400440 » de l’accusé de réception n’est celui d’aucune partie"
                + " qui délibère | ajoutez « siren: 240400440 » à la partie qui a transmis la convention"),
                signee("004-240400440-20231215-99-2023-CC", "2023-12-20").with("    siren: \"240400440\"\n", "").diagnostics(dossier));
    }

    @Test
    void thePrefectureReceivesTheConventionOnItsSignatureDayAtTheEarliest() {
        assertEquals(List.of("90:19: erreur[CTG-ACTES-DATE]: la préfecture aurait reçu la convention le 10/12/2023, avant sa signature"
                + " (le 15/12/2023) | recopiez la date de réception de l’accusé, ou corrigez la date de signature | 11:9-11:19 date de signature"),
                signee("004-240400440-20231205-99-2023-CC", "2023-12-10").diagnostics(dossier));
    }

    @Test
    void theAcknowledgmentOfAConventionIsOfNatureCcNotDe() {
        assertEquals(List.of("89:16: erreur[CTG-ACTES-NATURE]: l’identifiant « 004-240400440-20231120-12-2023-DE » est celui d’une"
                + " délibération (nature DE) : l’accusé de réception d’une convention porte la nature CC | recopiez l’accusé de réception"
                + " de la convention elle-même ; celui de la délibération qui l’autorise reste dans le dossier de la délibération"),
                signee("004-240400440-20231120-12-2023-DE", "2023-12-20").diagnostics(dossier));
    }
}
