package fr.ctg.compose;

import fr.ctg.model.ArticleDefini;
import fr.ctg.model.Partie;
import fr.ctg.model.TypePartie;
import fr.ctg.text.DefiniteArticles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the national text names the collectivities that sign, as a group: "la communauté de communes"
 * and "les communes" (seed: "la Caf des Alpes de Haute-Provence, la communauté de communes et les
 * communes souhaitent conclure..."). Intercommunalities are named by their kind, read from the start
 * of their name; other collectivities (syndicat, Département) by their own name. A party « les Communes de… »
 * (grouped communes) counts as several communes.
 */
final class CollectivitiesWording {

    private static final List<String> INTERCOMMUNALITY_KINDS = List.of(
            "communauté de communes", "communauté d’agglomération", "communauté urbaine", "métropole");

    private CollectivitiesWording() {
    }

    /** One noun phrase per kind of collectivity, with its article, in the order EPCI, communes, others. */
    static List<String> phrases(List<Partie> parties) {
        List<String> phrases = new ArrayList<>();
        List<Partie> epcis = ofType(parties, TypePartie.EPCI);
        if (epcis.size() == 1) {
            phrases.add("la " + intercommunalityKind(epcis.get(0)));
        } else if (epcis.size() > 1) {
            phrases.add("les intercommunalités");
        }
        List<Partie> communes = ofType(parties, TypePartie.COMMUNE);
        if (!communes.isEmpty()) {
            boolean one = communes.size() == 1 && communes.get(0).article() != ArticleDefini.LES;
            phrases.add(one ? "la commune" : "les communes");
        }
        for (Partie partie : parties) {
            if (partie.type().isCollectivity() && partie.type() != TypePartie.EPCI && partie.type() != TypePartie.COMMUNE) {
                phrases.add(DefiniteArticles.withName(partie.article(), partie.nom()));
            }
        }
        return phrases;
    }

    private static String intercommunalityKind(Partie epci) {
        String name = epci.nom().toLowerCase(Locale.FRENCH).replace('\'', '’');
        return INTERCOMMUNALITY_KINDS.stream().filter(name::startsWith).findFirst().orElse("intercommunalité");
    }

    private static List<Partie> ofType(List<Partie> parties, TypePartie type) {
        return parties.stream().filter(p -> p.type() == type).toList();
    }
}
