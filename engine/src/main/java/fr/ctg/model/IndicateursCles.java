package fr.ctg.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Key indicators comparing the territory with wider areas (territory, département, France).
 *
 * @param titre "Indicateurs clés en 2019"
 * @param colonnes the comparison columns: "CDC", "PO", "FM"
 */
public record IndicateursCles(@Nullable String titre, List<String> colonnes, List<Indicateur> lignes) {
}
