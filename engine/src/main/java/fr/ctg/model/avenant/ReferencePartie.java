package fr.ctg.model.avenant;

/**
 * A party that joins (its description is in the avenant's {@code parties_ajoutees}) or withdraws.
 *
 * @param partie the party's id
 */
public record ReferencePartie(String partie) {
}
