package fr.ctg.cli;

import fr.ctg.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Diagnostics the way compilers print them: position, severity and code, message, the offending line
 * with a caret under the column, then how to fix it.
 */
final class RapportTexte {

    private static final int LONGUEUR_MAXIMALE_EXTRAIT = 160;
    private final Map<Path, List<String>> lignesParFichier = new HashMap<>();

    void ecrire(List<ResultatValidation> resultats, PrintWriter sortie) {
        long erreurs = 0;
        long avertissements = 0;
        for (ResultatValidation resultat : resultats) {
            for (Diagnostic diagnostic : resultat.diagnostics()) {
                ecrire(diagnostic, sortie);
            }
            erreurs += resultat.erreurs();
            avertissements += resultat.avertissements();
            sortie.println(resultat.fichier() + " : " + bilan(resultat.erreurs(), resultat.avertissements()));
        }
        if (resultats.size() > 1) {
            sortie.println(resultats.size() + " conventions vérifiées : " + bilan(erreurs, avertissements));
        }
    }

    private void ecrire(Diagnostic diagnostic, PrintWriter sortie) {
        sortie.println(diagnostic.enUneLigne());
        String ligne = ligne(diagnostic.position().fichier(), diagnostic.position().ligne());
        if (ligne != null) {
            String numero = Integer.toString(diagnostic.position().ligne());
            String marge = " ".repeat(numero.length());
            sortie.println(" " + marge + " |");
            sortie.println(" " + numero + " | " + ligne);
            int colonne = Math.min(diagnostic.position().colonne(), ligne.length() + 1);
            sortie.println(" " + marge + " | " + " ".repeat(Math.max(0, colonne - 1)) + "^");
        }
        if (diagnostic.aide() != null) {
            sortie.println("   = aide : " + diagnostic.aide());
        }
        sortie.println();
    }

    private String ligne(Path fichier, int numero) {
        List<String> lignes = lignesParFichier.computeIfAbsent(fichier, RapportTexte::lire);
        if (numero < 1 || numero > lignes.size()) {
            return null;
        }
        String ligne = lignes.get(numero - 1).replace('\t', ' ');
        return ligne.length() > LONGUEUR_MAXIMALE_EXTRAIT ? ligne.substring(0, LONGUEUR_MAXIMALE_EXTRAIT) + "…" : ligne;
    }

    private static List<String> lire(Path fichier) {
        try {
            if (Files.size(fichier) > fr.ctg.load.LecteurYaml.TAILLE_MAXIMALE) {
                return List.of();
            }
            String texte = new String(Files.readAllBytes(fichier), StandardCharsets.UTF_8);
            return texte.indexOf('\0') >= 0 ? List.of() : texte.lines().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static String bilan(long erreurs, long avertissements) {
        return erreurs + (erreurs > 1 ? " erreurs, " : " erreur, ") + avertissements + (avertissements > 1 ? " avertissements" : " avertissement");
    }
}
