package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SirenPartieTest {

    private static final String RECOPIEZ = " | recopiez le SIREN de l’avis de situation au répertoire SIRENE (annuaire-entreprises.data.gouv.fr)";

    @TempDir
    Path dossier;

    private List<String> diagnostics(String siren) {
        return minimale().with("    nom_court: la Communauté de communes\n", "    nom_court: la Communauté de communes\n    siren: " + siren + "\n")
                .diagnostics(dossier);
    }

    @Test
    void acceptsASirenWhoseKeyIsRight() {
        assertEquals(List.of(), diagnostics("\"240400440\""));
        assertEquals(List.of(), diagnostics("200041762"));
    }

    @Test
    void reportsASirenWhoseKeyIsWrong() {
        assertEquals(List.of("29:12: erreur[CTG-SIREN]: le SIREN « 240400441 » de « Communauté de communes du Val d’Exemple »"
                + " n’existe pas : sa clé de contrôle est fausse" + RECOPIEZ), diagnostics("\"240400441\""));
    }

    @Test
    void reportsASirenWithoutNineDigits() {
        assertEquals(List.of("29:12: erreur[CTG-SIREN]: le SIREN « 24040044 » de « Communauté de communes du Val d’Exemple »"
                + " n’a pas 9 chiffres" + RECOPIEZ), diagnostics("\"24040044\""));
        assertEquals(List.of("29:12: erreur[CTG-SIREN]: le SIREN « 240 400 440 » de « Communauté de communes du Val d’Exemple »"
                + " n’a pas 9 chiffres" + RECOPIEZ), diagnostics("240 400 440"));
    }
}
