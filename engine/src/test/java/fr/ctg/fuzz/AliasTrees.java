package fr.ctg.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;

/**
 * Anchors and aliases close to the loader's limits (20 aliases, 40 levels, 2 000 000 characters of text once the
 * aliases are expanded): one long text repeated, a tree of lists each repeating the one before (a small « billion
 * laughs »), anchors nested deep, or a whole fiche-action repeated.
 */
final class AliasTrees implements ConventionGenerator {

    private static final String LIST_ITEM = "        - Un multi-accueil de 20 places\n";
    private static final String FICHE = "  - numero: \"1.1\"\n";

    @Override
    public boolean write(FuzzedDataProvider data, Path folder) throws IOException {
        String convention = MinimalConvention.text();
        int aliases = data.consumeInt(0, 24);
        String text = MinimalConvention.quoted("Un multi-accueil de 20 places. ".repeat(data.consumeInt(1, 5_000)));
        convention = switch (data.consumeInt(0, 3)) {
            case 0 -> convention.replace(LIST_ITEM, "        - &texte " + text + "\n" + "        - *texte\n".repeat(aliases));
            case 1 -> convention.replace(LIST_ITEM, "        - " + laughs(text, data.consumeInt(1, 4), data.consumeInt(1, 12)));
            case 2 -> convention.replace(LIST_ITEM, "        - " + nested(text, data.consumeInt(1, 45), aliases));
            default -> convention.replace(FICHE, "  - &fiche\n    numero: \"1.1\"\n").replace("evaluation:", "  - *fiche\n".repeat(aliases) + "evaluation:");
        };
        Files.writeString(folder.resolve("convention.yaml"), convention, StandardCharsets.UTF_8);
        return true;
    }

    /** Levels of flow lists, each made of {@code branches} aliases of the level below: branches^depth copies of the text. */
    private static String laughs(String text, int branches, int depth) {
        StringBuilder items = new StringBuilder("&n0 " + text + "\n");
        for (int level = 1; level <= depth; level++) {
            items.append("        - &n").append(level).append(" [").append(String.join(", ", Collections.nCopies(branches, "*n" + (level - 1))))
                    .append("]\n");
        }
        return items.toString();
    }

    /** The text anchored at the bottom of {@code depth} nested flow lists, each anchored, then aliased. */
    private static String nested(String text, int depth, int aliases) {
        StringBuilder items = new StringBuilder();
        for (int level = 0; level < depth; level++) {
            items.append("&l").append(level).append(" [");
        }
        items.append("&texte ").append(text).append("]".repeat(depth)).append("\n");
        for (int alias = 0; alias < aliases; alias++) {
            items.append("        - *l").append(alias % depth).append("\n");
        }
        return items.toString();
    }
}
