package fr.ctg.echeances;

import fr.ctg.text.FrenchDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Deadlines as a French table with aligned columns, then how many are late, to come and done. */
public final class EcheanceTable {

    private static final List<String> EN_TETES = List.of("date", "convention", "échéance", "statut");
    private static final String SEPARATEUR = " | ";

    private EcheanceTable() {
    }

    /** "en retard", "aujourd’hui", "demain", "dans 75 jours" or "fait". */
    public static String statut(Echeance echeance, LocalDate au) {
        return switch (echeance.etat(au)) {
            case FAITE -> "fait";
            case EN_RETARD -> "en retard";
            case A_VENIR -> {
                long jours = echeance.joursRestants(au);
                yield jours == 0 ? "aujourd’hui" : jours == 1 ? "demain" : "dans " + jours + " jours";
            }
        };
    }

    /** The table's lines, each ending with a line break; deadlines are shown in the order given. */
    public static String write(List<Echeance> echeances, LocalDate au) {
        List<List<String>> lignes = new ArrayList<>();
        lignes.add(EN_TETES);
        for (Echeance echeance : echeances) {
            lignes.add(List.of(FrenchDates.shortForm(echeance.date()), echeance.conventionId(), echeance.libelle(), statut(echeance, au)));
        }
        int[] largeurs = new int[EN_TETES.size()];
        for (List<String> ligne : lignes) {
            for (int i = 0; i < largeurs.length; i++) {
                largeurs[i] = Math.max(largeurs[i], largeur(ligne.get(i)));
            }
        }
        StringBuilder texte = new StringBuilder();
        for (List<String> ligne : lignes) {
            for (int i = 0; i < largeurs.length; i++) {
                String cellule = ligne.get(i);
                texte.append(cellule);
                if (i < largeurs.length - 1) {
                    texte.append(" ".repeat(largeurs[i] - largeur(cellule))).append(SEPARATEUR);
                }
            }
            texte.append('\n');
        }
        return texte.append(resume(echeances, au)).append('\n').toString();
    }

    /** "12 échéances : 2 en retard, 9 à venir, 1 faite". */
    static String resume(List<Echeance> echeances, LocalDate au) {
        long enRetard = echeances.stream().filter(e -> e.etat(au) == Etat.EN_RETARD).count();
        long faites = echeances.stream().filter(e -> e.etat(au) == Etat.FAITE).count();
        long aVenir = echeances.size() - enRetard - faites;
        return echeances.size() + (echeances.size() > 1 ? " échéances : " : " échéance : ")
                + enRetard + " en retard, " + aVenir + " à venir, " + faites + (faites > 1 ? " faites" : " faite");
    }

    /** Columns are counted in characters as a terminal shows them; the model's texts are precomposed. */
    private static int largeur(String texte) {
        return texte.codePointCount(0, texte.length());
    }
}
