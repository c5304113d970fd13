package fr.ctg.validate;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.load.Chargement;
import fr.ctg.model.Convention;
import java.util.ArrayList;
import java.util.List;

/** Runs every CTG rule on a loaded convention; rules only run once its form is sound. */
public final class Validateur {

    private final List<Regle> regles;

    public Validateur() {
        this(Regles.toutes());
    }

    public Validateur(List<Regle> regles) {
        this.regles = List.copyOf(regles);
    }

    /** The loading diagnostics, then, when the file could be read, those of every rule, in file order. */
    public List<Diagnostic> valider(Chargement chargement) {
        List<Diagnostic> diagnostics = new ArrayList<>(chargement.diagnostics());
        Convention convention = chargement.convention();
        if (convention != null) {
            for (Regle regle : regles) {
                regle.verifier(convention, new Rapport(chargement.sources(), convention.statut(), regle.description().code(), diagnostics));
            }
        }
        diagnostics.sort(Diagnostic.ORDRE_DU_FICHIER);
        return List.copyOf(diagnostics);
    }
}
