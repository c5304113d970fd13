package fr.ctg.model.avenant;

import java.time.LocalDate;

/** The convention's end moves to {@code fin} (article 10). */
public record Prolongation(LocalDate fin) {
}
