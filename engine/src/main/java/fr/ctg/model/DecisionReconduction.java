package fr.ctg.model;

import java.time.LocalDate;

/**
 * What the partners decided about the convention's future: it is renewed only expressly (article 10), and
 * ended early only with the notice of article 12. Recording it marks that deadline done.
 *
 * @param date the day the decision was taken (comité de pilotage, exchange of letters)
 */
public record DecisionReconduction(LocalDate date, ChoixReconduction choix) {
}
