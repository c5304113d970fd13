package fr.ctg.load;

import fr.ctg.model.Genre;
import fr.ctg.text.Ordinals;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Names a place of the document the way a reader counts, not by its indexes: {@code parties[1]} is
 * « la 2e partie (« cc ») », {@code parties[1].representants[0]} « le 1er représentant de la 2e partie (« cc ») ».
 * An item is named by its {@code id} or {@code numero} when it has one.
 */
final class PathWording {

    private record Noun(String singular, Genre genre) {
    }

    private static final Map<String, Noun> ITEMS = Map.ofEntries(
            Map.entry("actions", new Noun("action", Genre.FEMININ)),
            Map.entry("axes", new Noun("axe", Genre.MASCULIN)),
            Map.entry("champs_conjoints", new Noun("champ conjoint", Genre.MASCULIN)),
            Map.entry("constats", new Noun("constat", Genre.MASCULIN)),
            Map.entry("contacts", new Noun("contact", Genre.MASCULIN)),
            Map.entry("deliberations", new Noun("délibération", Genre.FEMININ)),
            Map.entry("equipements", new Noun("équipement", Genre.MASCULIN)),
            Map.entry("fiches", new Noun("fiche", Genre.FEMININ)),
            Map.entry("fiches_actions", new Noun("fiche action", Genre.FEMININ)),
            Map.entry("financements", new Noun("financement", Genre.MASCULIN)),
            Map.entry("lignes", new Noun("ligne", Genre.FEMININ)),
            Map.entry("modifications", new Noun("modification", Genre.FEMININ)),
            Map.entry("parties", new Noun("partie", Genre.FEMININ)),
            Map.entry("parties_ajoutees", new Noun("partie ajoutée", Genre.FEMININ)),
            Map.entry("representants", new Noun("représentant", Genre.MASCULIN)));

    /** The keys whose value names an item, in order of preference. */
    static final List<String> NAMING_KEYS = List.of("id", "numero");

    private final SourceMap sources;

    PathWording(SourceMap sources) {
        this.sources = sources;
    }

    /** How a message names the mapping or list item at this path; not the root. */
    String section(YamlPath path) {
        YamlPath item = path;
        while (item != null && !item.isIndex()) {
            item = item.parent();
        }
        if (item == null) {
            return "la rubrique « " + path + " »";
        }
        if (item.equals(path)) {
            return item(path);
        }
        return "la rubrique « " + path.toString().substring(item.toString().length() + 1) + " » " + of(item(item));
    }

    private String item(YamlPath path) {
        Noun noun = ITEMS.get(path.lastKey());
        int rank = path.lastIndex() + 1;
        String named = noun == null
                ? "le " + Ordinals.abbreviated(rank, Genre.MASCULIN) + " élément de « " + path.lastKey() + " »"
                : (noun.genre() == Genre.FEMININ ? "la " : "le ") + Ordinals.abbreviated(rank, noun.genre()) + " " + noun.singular();
        String name = name(path);
        if (name != null) {
            named += " (« " + name + " »)";
        }
        YamlPath list = path.parent();
        YamlPath outer = list == null ? null : list.parent();
        return outer == null || outer.isRoot() ? named : named + " " + of(section(outer));
    }

    private @Nullable String name(YamlPath item) {
        for (String key : NAMING_KEYS) {
            String text = sources.rawText(item.field(key));
            if (text != null && !text.isBlank()) {
                return text.strip();
            }
        }
        return null;
    }

    /** « de » before a named place: « du 1er axe », « de la 2e partie ». */
    private static String of(String place) {
        if (place.startsWith("le ")) {
            return "du " + place.substring(3);
        }
        return "de " + place;
    }
}
