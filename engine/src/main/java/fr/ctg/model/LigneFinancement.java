package fr.ctg.model;

import java.math.BigDecimal;

/** One amount of a financing statement: "157 191,67 € pour les prestations de service". */
public record LigneFinancement(String libelle, BigDecimal montant) {
}
