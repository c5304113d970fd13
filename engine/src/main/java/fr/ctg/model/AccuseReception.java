package fr.ctg.model;

import java.time.LocalDate;

/**
 * The préfecture's acknowledgment, stamped on every page once the act is transmitted.
 *
 * @param identifiant "004-240400440-20221213-99-2022-DE"
 */
public record AccuseReception(String identifiant, LocalDate dateReception) {
}
