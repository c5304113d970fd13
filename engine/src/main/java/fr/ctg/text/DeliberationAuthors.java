package fr.ctg.text;

import fr.ctg.model.OrganeDeliberant;
import fr.ctg.model.Partie;
import org.jspecify.annotations.Nullable;

/** Who a deliberation comes from, after "la délibération": "du conseil municipal de la Commune de Limans". */
public final class DeliberationAuthors {

    private DeliberationAuthors() {
    }

    /**
     * "de la commission permanente du Conseil départemental", "du conseil communautaire de la Communauté de
     * communes", or only the party ("de l’État") when the body is not known.
     */
    public static String of(@Nullable OrganeDeliberant organe, Partie partie) {
        String party = Contractions.de(DefiniteArticles.withName(partie.article(), partie.nom()));
        if (organe == null) {
            return party;
        }
        return ofBody(organe) + " " + party;
    }

    /** "du conseil municipal", "de la commission permanente". */
    public static String ofBody(OrganeDeliberant organe) {
        return Contractions.de(DefiniteArticles.withNoun(organe.genre(), organe.label()));
    }
}
