package fr.ctg.avenant.rules;

import fr.ctg.avenant.AvenantContext;
import fr.ctg.validate.Rule;
import java.util.List;

/** Every rule on avenants, in the order of the README's table (after the convention's rules). */
public final class AvenantRules {

    private AvenantRules() {
    }

    public static List<Rule<AvenantContext>> all() {
        return List.of(
                new NumeroAvenant(),
                new ConventionAvenant(),
                new ConventionSigneeAvenant(),
                new ModificationAvenant(),
                new SignatureAvenant(),
                new EffetAvenant(),
                new DureeAvenant(),
                new SignatairesAvenant(),
                new CibleAvenant(),
                new ClauseAvenant(),
                new AnnexeAvenant(),
                new EcheanceAvenant(),
                new ARedigerAvenant(),
                new CaracteresImprimablesAvenant());
    }
}
