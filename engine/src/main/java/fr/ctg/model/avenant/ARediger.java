package fr.ctg.model.avenant;

/**
 * A change the draft could not word: staff replace it by a typed change before signature.
 *
 * @param chemin where the convention changed: "preambule.texte", "gouvernance.pilotage.secretariat"
 * @param description what changed, in French
 */
public record ARediger(String chemin, String description) {
}
