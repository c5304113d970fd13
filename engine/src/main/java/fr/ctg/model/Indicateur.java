package fr.ctg.model;

import java.util.List;

/** A row of the key indicators table: one value per comparison column. */
public record Indicateur(String libelle, List<String> valeurs) {
}
