package fr.ctg.model.avenant;

import fr.ctg.model.shape.YamlKey;
import java.time.LocalDate;

/** The convention's end moves to {@code fin} (article 10). */
@YamlKey("prolongation")
public record Prolongation(LocalDate fin) implements Modification {
}
