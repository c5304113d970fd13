package fr.ctg.model;

import java.util.List;

/**
 * A row of annex 2, an equipment or service the convention supports.
 *
 * @param type the type of activity: "Accueil de loisirs sans hébergement", "Relais Petite Enfance"
 * @param nature the nature of activity: "Périscolaire", "Multi accueil"
 * @param adresse one to three address lines
 */
public record Equipement(
        String partenaire,
        String nom,
        String type,
        String nature,
        List<String> adresse,
        String codePostal,
        String commune) {
}
