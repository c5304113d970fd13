package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.model.Financement;
import fr.ctg.model.LigneFinancement;
import java.util.List;

/** Every line of every financing statement, with where it is written: {@code financements[i].lignes[j]}. */
final class FinancementLines {

    interface Visitor {
        void visit(YamlPath chemin, Financement financement, int index, LigneFinancement ligne);
    }

    private FinancementLines() {
    }

    static void forEach(Convention convention, Visitor visitor) {
        List<Financement> financements = convention.financements();
        for (int i = 0; i < financements.size(); i++) {
            List<LigneFinancement> lignes = financements.get(i).lignes();
            for (int j = 0; j < lignes.size(); j++) {
                visitor.visit(YamlPath.root().field("financements").index(i).field("lignes").index(j), financements.get(i), j,
                        lignes.get(j));
            }
        }
    }
}
