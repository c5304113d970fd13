package fr.ctg.hostile;

import fr.ctg.validate.ConventionSnippet;
import java.util.Collections;

/** Hostile conventions too big to commit to the corpus: the minimal convention, changed in one place. */
final class TooBigToCommit {

    /** A text field of more than a million characters, in one paragraph. */
    static final String ONE_MEGABYTE_PARAGRAPH = "Le multi-accueil accueille les familles du territoire. ".repeat(19_000).strip();

    private TooBigToCommit() {
    }

    /** A fiche's context of {@link #ONE_MEGABYTE_PARAGRAPH}: valid, and a single paragraph to lay out. */
    static ConventionSnippet oneMegabyteParagraph() {
        return ConventionSnippet.minimale().with("contexte: Le multi-accueil est le seul mode d’accueil collectif du territoire.",
                "contexte: " + ONE_MEGABYTE_PARAGRAPH);
    }

    /** A text of 133 Ko at line 53, repeated by 19 aliases: under the limit on aliases, over the limit on text. */
    static ConventionSnippet aliasesRepeatingALongText() {
        String longText = "Un multi-accueil de 20 places. ".repeat(4_300);
        return ConventionSnippet.minimale().with("        - Un multi-accueil de 20 places\n",
                "        - &texte \"" + longText + "\"\n" + String.join("", Collections.nCopies(19, "        - *texte\n")));
    }

    /** A financing line whose amount is a digit, 300 000 spaces and a letter. */
    static ConventionSnippet amountWithALongRunOfSpaces() {
        return ConventionSnippet.minimale().append("financements:\n  - annee: 2024\n    financeur: la Caf\n"
                + "    beneficiaire: la Communauté de communes\n    lignes:\n      - libelle: prestations de service\n"
                + "        montant: \"1" + " ".repeat(300_000) + "x\"\n");
    }
}
