package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.model.Transmission;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.util.regex.Pattern;

/** What {@code ctg transmettre} writes into the act's ACTES metadata, in the forms the channel accepts. */
@CtgRule(code = "CTG-TRANSMISSION",
        resume = "La rubrique transmission donne un département sur trois caractères, une matière de 1 à 5 niveaux"
                + " et un numéro interne de 2 à 15 majuscules, chiffres ou _.")
public final class TransmissionActes implements Rule<Convention> {

    private static final Pattern DEPARTEMENT = Pattern.compile("\\d{3}|02[AB]");
    private static final Pattern MATIERE = Pattern.compile("[1-9]\\d?(\\.[1-9]\\d?){0,4}");
    private static final Pattern NUMERO_INTERNE = Pattern.compile("[0-9A-Z_]{2,15}");
    private static final YamlPath TRANSMISSION = YamlPath.root().field("transmission");

    @Override
    public void check(Convention convention, Reporter rapport) {
        Transmission transmission = convention.transmission();
        if (transmission == null) {
            return;
        }
        if (!DEPARTEMENT.matcher(transmission.departement()).matches()) {
            rapport.error(TRANSMISSION.field("departement"), "le département « " + transmission.departement()
                    + " » n’a pas la forme 004, 02A ou 974", "écrivez le numéro du département de la préfecture sur trois caractères");
        }
        if (!MATIERE.matcher(transmission.matiere()).matches()) {
            rapport.error(TRANSMISSION.field("matiere"), "la matière « " + transmission.matiere()
                    + " » n’est pas un code de la classification ACTES (de 1 à 5 nombres séparés par des points)",
                    "recopiez le code de la matière dans la classification de la collectivité, par exemple 8.5");
        }
        if (!NUMERO_INTERNE.matcher(transmission.numeroInterne()).matches()) {
            rapport.error(TRANSMISSION.field("numero_interne"), "le numéro interne « " + transmission.numeroInterne()
                    + " » doit compter de 2 à 15 caractères, majuscules sans accent, chiffres ou _ (" + transmission.numeroInterne().length()
                    + " caractères ici)", "par exemple CTG_2022_01 ; ACTES refuse les minuscules, les tirets et les espaces");
        }
    }
}
