package fr.ctg.model.avenant;

import fr.ctg.model.shape.YamlKey;
/**
 * A change the draft could not word: staff replace it by a typed change before signature.
 *
 * @param chemin where the convention changed: "preambule.texte", "gouvernance.pilotage.secretariat"
 * @param description what changed, in French
 */
@YamlKey("a_rediger")
public record ARediger(String chemin, String description) implements Modification {
}
