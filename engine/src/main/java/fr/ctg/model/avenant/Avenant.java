package fr.ctg.model.avenant;

import fr.ctg.model.Deliberation;
import fr.ctg.model.Partie;
import fr.ctg.model.Statut;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An avenant ({@code avenants/avenant-NN.yaml}) to the convention of the folder above it.
 *
 * @param numero 1 for {@code avenant-01.yaml}, in sequence
 * @param convention the id of the convention it amends
 * @param date the day it is signed ("Fait à ..., le ..."), empty until known
 * @param lieu where it is signed; the convention's place when absent
 * @param dateEffet the day it takes effect
 * @param signataires the ids of the convention's parties that sign it, then those of {@code partiesAjoutees}
 * @param partiesAjoutees parties that join the convention by this avenant, written as in the convention
 * @param deliberations the councils' decisions authorising the signature of this avenant
 * @param articleAvenants the id of the convention's article that provides for its amendment ({@code article-11}), cited
 *     in the first visa
 * @param expose the avenant's préambule, Markdown, printed before its articles
 * @param articles the articles it writes in its own words, before those of its changes
 * @param modifications the changes, one article of the avenant each, in order
 * @param empreintePdfSigne the SHA-256 of its signed PDF, once recorded ({@code ctg enregistrer-signature --avenant})
 */
public record Avenant(
        int numero,
        String convention,
        Statut statut,
        @Nullable LocalDate date,
        @Nullable String lieu,
        @Nullable LocalDate dateEffet,
        List<String> signataires,
        List<Partie> partiesAjoutees,
        List<Deliberation> deliberations,
        @Nullable String articleAvenants,
        @Nullable String expose,
        List<ArticleAvenant> articles,
        List<Modification> modifications,
        @Nullable String empreintePdfSigne) {

    /** The same avenant with these changes. */
    public Avenant withModifications(List<Modification> changes) {
        return new Avenant(numero, convention, statut, date, lieu, dateEffet, signataires, partiesAjoutees, deliberations, articleAvenants,
                expose, articles, changes, empreintePdfSigne);
    }

    /** "01" for the first avenant, as its file name writes it. */
    public String numeroSurDeuxChiffres() {
        return String.format("%02d", numero);
    }
}
