package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.AccuseReception;
import fr.ctg.model.Convention;
import fr.ctg.model.Deliberation;
import fr.ctg.model.Partie;
import fr.ctg.model.Statut;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The préfecture acknowledges the act of the collectivity that transmitted it: one of those whose council deliberated. */
@CtgRule(code = "CTG-ACTES-SIREN", resume = "Le SIREN de l’accusé de réception est celui (siren) d’une partie qui délibère.")
public final class AccuseSirenPartie implements Rule<Convention> {

    @Override
    public void check(Convention convention, Reporter rapport) {
        AccuseReception accuse = convention.accuseReception();
        if (accuse == null || convention.statut() != Statut.SIGNEE) {
            return; // CTG-ACTES-SIGNEE
        }
        String siren = IdentifiantActes.read(accuse.identifiant()).filter(IdentifiantActes::valide).map(IdentifiantActes::siren).orElse(null);
        if (siren == null) {
            return; // CTG-ACTES says what is wrong with the identifier
        }
        Set<String> deliberent = convention.deliberations().stream().map(Deliberation::partie).collect(Collectors.toSet());
        List<Partie> parties = convention.parties().stream().filter(p -> deliberent.contains(p.id()) || p.organe() != null).toList();
        if (parties.stream().anyMatch(p -> siren.equals(p.siren()))) {
            return;
        }
        List<String> connus = parties.stream().filter(p -> p.siren() != null).map(p -> p.id() + " : " + p.siren()).toList();
        rapport.error(YamlPath.root().field("accuse_reception").field("identifiant"), "le SIREN « " + siren
                + " » de l’accusé de réception n’est celui d’aucune partie qui délibère",
                connus.isEmpty() ? "ajoutez « siren: " + siren + " » à la partie qui a transmis la convention"
                        : "SIREN des parties qui délibèrent : " + String.join(", ", connus) + " ; vérifiez l’identifiant ou le siren de la partie");
    }
}
