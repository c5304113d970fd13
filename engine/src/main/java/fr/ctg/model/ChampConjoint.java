package fr.ctg.model;

import java.util.List;

/** One of article 4's joint fields and the objectives listed under it. */
public record ChampConjoint(String intitule, List<String> objectifs) {
}
