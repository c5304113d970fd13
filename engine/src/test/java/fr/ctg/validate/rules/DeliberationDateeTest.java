package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliberationDateeTest {

    @TempDir
    Path dossier;

    @Test
    void quotesThePlaceholderLeftForTheDate() {
        assertEquals(List.of("37:11: erreur[CTG-DELIBERATION-DATE]: la délibération du conseil communautaire de la Communauté de communes"
                + " du Val d’Exemple n’a pas de date (« XXXX ») | indiquez la date de la délibération au format AAAA-MM-JJ"),
                minimale().with("date: 2023-11-20", "date: XXXX").diagnostics(dossier));
    }

    @Test
    void reportsAMissingDateAtTheDeliberationAndOnlyWarnsInADraft() {
        assertEquals(List.of("35:5: avertissement[CTG-DELIBERATION-DATE]: la délibération du conseil communautaire de la Communauté de communes"
                + " du Val d’Exemple n’a pas de date | indiquez la date"
                + " de la délibération au format AAAA-MM-JJ"),
                minimale().with("    date: 2023-11-20\n", "").with("statut: a_signer", "statut: projet").diagnostics(dossier));
    }

    @Test
    void contractsTheBodyAndThePartyWithTheirArticles() {
        assertEquals(List.of("37:11: erreur[CTG-DELIBERATION-DATE]: la délibération de la commission permanente du Conseil"
                + " départemental de l’Exemple n’a pas de date (« XXXX ») | indiquez la date de la délibération au format AAAA-MM-JJ"),
                minimale().with("date: 2023-11-20", "date: XXXX")
                        .with("organe: conseil_communautaire\n    date", "organe: commission_permanente\n    date")
                        .with("nom: Communauté de communes du Val d’Exemple\n    article: la\n    genre: feminin\n"
                                + "    nom_court: la Communauté de communes\n    organe: conseil_communautaire",
                                "nom: Conseil départemental de l’Exemple\n    article: le\n    genre: masculin\n"
                                + "    nom_court: le Département\n    organe: commission_permanente")
                        .diagnostics(dossier));
    }
}
