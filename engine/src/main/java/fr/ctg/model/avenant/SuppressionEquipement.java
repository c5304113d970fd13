package fr.ctg.model.avenant;

/**
 * @param ligne the row of annex 2 as the convention (amended by the earlier avenants) numbers it, from 1
 */
public record SuppressionEquipement(int ligne) {
}
