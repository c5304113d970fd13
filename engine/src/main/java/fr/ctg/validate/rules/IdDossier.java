package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.nio.file.Path;

/** Documents are written to {@code out/<id>/}: the id must name the same convention as its folder. */
@CtgRule(code = "CTG-ID-DOSSIER", resume = "L’identifiant de la convention est le nom du dossier qui contient son fichier.")
public final class IdDossier implements Rule<Convention> {

    @Override
    public void check(Convention convention, Reporter rapport) {
        Path dossier = rapport.sources().file().toAbsolutePath().normalize().getParent();
        if (dossier == null || dossier.getFileName() == null) {
            return;
        }
        String nomDossier = dossier.getFileName().toString();
        if (!nomDossier.equals(convention.id())) {
            rapport.error(YamlPath.root().field("id"),
                    "l’identifiant « " + convention.id() + " » n’est pas le nom du dossier qui contient le fichier (« "
                    + nomDossier + " »)", "écrivez « id: " + nomDossier + " », ou renommez le dossier en « " + convention.id() + " »");
        }
    }
}
