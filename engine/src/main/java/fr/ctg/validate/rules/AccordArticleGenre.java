package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.ArticleDefini;
import fr.ctg.model.Convention;
import fr.ctg.model.Genre;
import fr.ctg.model.Partie;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The texts agree "représenté(e)", "ci-après dénommé(e)" with the party's genre: article and genre must agree. */
@CtgRule(code = "CTG-ACCORD", resume = "L’article et le nom court d’une partie s’accordent avec son genre (« la » féminin, « le » masculin).")
public final class AccordArticleGenre implements Rule<Convention> {

    @Override
    public void check(Convention convention, Reporter rapport) {
        List<Partie> parties = convention.parties();
        for (int i = 0; i < parties.size(); i++) {
            Partie partie = parties.get(i);
            Genre genreArticle = genreDe(partie.article());
            if (genreArticle != null && genreArticle != partie.genre()) {
                rapport.error(YamlPath.root().field("parties").index(i).field("genre"),
                        "« " + partie.article().yaml() + " » annonce un nom " + mot(genreArticle)
                        + " (« " + partie.article().yaml() + " " + partie.nom() + " »), mais le genre indiqué est « " + partie.genre().yaml() + " »",
                        "écrivez « genre: " + genreArticle.yaml() + " », ou corrigez l’article");
            }
            String nomCourt = partie.nomCourt();
            Genre genreNomCourt = nomCourt == null ? null : genreDuDebut(nomCourt);
            if (genreNomCourt != null && genreNomCourt != partie.genre()) {
                rapport.error(YamlPath.root().field("parties").index(i).field("nom_court"),
                        "le nom court « " + nomCourt + " » est " + mot(genreNomCourt)
                        + ", mais la partie est de genre « " + partie.genre().yaml() + " »",
                        "faites commencer le nom court par « " + (partie.genre() == Genre.FEMININ ? "la" : "le")
                                + " », ou corrigez le genre de la partie");
            }
        }
    }

    private static @Nullable Genre genreDe(ArticleDefini article) {
        return switch (article) {
            case LA -> Genre.FEMININ;
            case LE -> Genre.MASCULIN;
            case L_APOSTROPHE, LES -> null;
        };
    }

    private static @Nullable Genre genreDuDebut(String nomCourt) {
        String debut = nomCourt.strip().toLowerCase(Locale.FRENCH);
        if (debut.startsWith("la ")) {
            return Genre.FEMININ;
        }
        return debut.startsWith("le ") ? Genre.MASCULIN : null;
    }

    private static String mot(Genre genre) {
        return genre == Genre.FEMININ ? "féminin" : "masculin";
    }
}
