package fr.ctg.model;

import java.util.List;

/** Who sits in a committee for one side: "Pour la Caf : le président ...". */
public record CompositionComite(String pour, List<String> membres) {
}
