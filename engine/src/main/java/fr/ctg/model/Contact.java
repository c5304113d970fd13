package fr.ctg.model;

/**
 * A service to call before a public event (article 8).
 *
 * @param service "le secrétariat de Direction de la Caf des Alpes de Haute – Provence"
 * @param objet "pour arrêter d'un commun accord la date de la manifestation"
 */
public record Contact(String service, String telephone, String objet) {
}
