package fr.ctg.model.avenant;

import org.jspecify.annotations.Nullable;

/**
 * An annex an avenant adds to the convention, after its national annexes (1 to 6): a text, or a PDF appended to
 * the documents like the deliberations.
 *
 * @param numero its number, 7 or more: « ANNEXE 7 »
 * @param titre its title: « Schéma de développement »
 * @param texte its body, Markdown; or
 * @param fichier the PDF appended, relative to the convention's folder
 */
public record Annexe(int numero, String titre, @Nullable String texte, @Nullable String fichier) {

    /** The national annexes are numbered 1 to this. */
    public static final int DERNIERE_ANNEXE_NATIONALE = 6;
}
