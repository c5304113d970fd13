package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.model.Statut;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;
import java.util.regex.Pattern;

/**
 * The fingerprint of the signed PDF is what keeps the engine from overwriting it
 * ({@link fr.ctg.write.SignedOutputGuard}): it must be a SHA-256, and a signed convention should record it.
 */
@CtgRule(code = "CTG-EMPREINTE",
        resume = "L’empreinte du PDF signé est un SHA-256 (64 chiffres hexadécimaux), indiqué dès que la convention est signée.",
        severity = {RuleSeverity.ERROR, RuleSeverity.WARNING})
public final class EmpreintePdfSigne implements Rule<Convention> {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    @Override
    public void check(Convention convention, Reporter rapport) {
        String empreinte = convention.empreintePdfSigne();
        if (empreinte == null) {
            if (convention.statut() == Statut.SIGNEE) {
                rapport.warning(YamlPath.root().field("statut"),
                        "la convention est signée mais n’indique pas l’empreinte de son PDF signé : rien n’empêche"
                        + " de le remplacer par une nouvelle génération",
                        "enregistrez le PDF signé par « ctg enregistrer-signature DOSSIER PDF », qui écrit son empreinte et le copie dans signe/");
            }
            return;
        }
        if (!SHA256.matcher(empreinte).matches()) {
            rapport.error(YamlPath.root().field("empreinte_pdf_signe"), "l’empreinte « " + abridged(empreinte) + " » n’est pas une empreinte SHA-256"
                    + " (64 chiffres hexadécimaux, " + empreinte.length() + " caractères ici)",
                    "retirez cette ligne et enregistrez le PDF signé par « ctg enregistrer-signature DOSSIER PDF », qui écrit son empreinte");
        }
    }

    /** A pasted value may be anything, a whole document included: the message quotes its start only. */
    private static String abridged(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }
}
