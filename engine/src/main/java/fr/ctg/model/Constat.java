package fr.ctg.model;

import java.util.List;

/** A row of the diagnostic's findings table (article 4). */
public record Constat(String thematique, List<String> quantitatif, List<String> qualitatif) {
}
