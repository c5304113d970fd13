package fr.ctg.model;

import java.util.List;

/** Article 4: the joint fields of intervention and their objectives. */
public record ObjectifsPartages(List<ChampConjoint> champsConjoints) {
}
