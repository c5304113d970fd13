package fr.ctg.avenant.rules;

import fr.ctg.avenant.AvenantContext;
import fr.ctg.avenant.AvenantFiles;
import fr.ctg.load.YamlPath;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;

@CtgRule(code = "CTG-AVENANT-NUMERO",
        resume = "Les avenants sont numérotés à la suite (1, 2, 3…), chacun dans le fichier avenant-NN.yaml de son numéro.")
public final class NumeroAvenant implements Rule<AvenantContext> {

    @Override
    public void check(AvenantContext contexte, Reporter rapport) {
        int numero = contexte.avenant().numero();
        String attendu = AvenantFiles.fileName(contexte.rang());
        String fichier = contexte.file().getFileName().toString();
        if (numero != contexte.rang()) {
            String rang = contexte.rang() == 1 ? "le premier avenant de la convention"
                    : "l’avenant qui suit l’avenant n° " + (contexte.rang() - 1);
            rapport.error(YamlPath.root().field("numero"), "l’avenant porte le n° " + numero + " alors qu’il est " + rang
                    + " : la numérotation se suit sans trou", "écrivez « numero: " + contexte.rang() + " »");
        } else if (!fichier.equals(attendu)) {
            rapport.error(YamlPath.root().field("numero"), "l’avenant n° " + numero + " est dans le fichier " + fichier,
                    "renommez le fichier en " + attendu);
        }
    }
}
