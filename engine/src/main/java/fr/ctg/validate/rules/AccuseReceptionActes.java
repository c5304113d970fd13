package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.AccuseReception;
import fr.ctg.model.Convention;
import fr.ctg.text.FrenchDates;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

@CtgRule(code = "CTG-ACTES",
        resume = "L’accusé de réception de la préfecture a la forme département-SIREN-AAAAMMJJ-numéro-nature (CC ou DE), reçu après l’acte.")
public final class AccuseReceptionActes implements Rule<Convention> {

    private static final YamlPath CHEMIN = YamlPath.root().field("accuse_reception").field("identifiant");
    private static final String RECOPIEZ = "recopiez l’identifiant exact de l’accusé de réception, par exemple 004-240400440-20221213-99-2022-DE";
    private static final Map<String, String> NATURES = Map.of(
            "CC", "contrats, conventions et avenants",
            "DE", "délibérations",
            "AR", "actes réglementaires",
            "AI", "actes individuels",
            "BF", "documents budgétaires et financiers",
            "AU", "autres actes");

    @Override
    public void check(Convention convention, Reporter rapport) {
        AccuseReception accuse = convention.accuseReception();
        if (accuse == null) {
            return;
        }
        Optional<IdentifiantActes> lu = IdentifiantActes.read(accuse.identifiant());
        if (lu.isEmpty()) {
            rapport.error(CHEMIN, "l’identifiant « " + accuse.identifiant()
                    + " » n’a pas les cinq parties département-SIREN-date-numéro-nature séparées par des tirets", RECOPIEZ);
            return;
        }
        IdentifiantActes id = lu.get();
        if (!id.departementValide()) {
            rapport.error(CHEMIN, "le département « " + id.departement() + " » de l’identifiant n’a pas la forme 004, 02A ou 974",
                    "écrivez le numéro du département sur trois caractères");
        }
        if (!Siren.hasNineDigits(id.siren())) {
            rapport.error(CHEMIN, "le SIREN « " + id.siren() + " » de l’identifiant n’a pas 9 chiffres", RECOPIEZ);
        } else if (!Siren.isValid(id.siren())) {
            rapport.error(CHEMIN, "le SIREN « " + id.siren() + " » de l’identifiant n’existe pas : sa clé de contrôle est fausse", RECOPIEZ);
        }
        Optional<LocalDate> dateActe = id.dateActe();
        if (dateActe.isEmpty()) {
            rapport.error(CHEMIN, "la date de l’acte « " + id.date() + " » de l’identifiant n’est pas une date réelle au format AAAAMMJJ",
                    RECOPIEZ);
        }
        if (!id.numeroValide()) {
            rapport.error(CHEMIN, "le numéro interne « " + id.numero()
                    + " » de l’identifiant doit compter de 1 à 15 lettres, chiffres ou tirets", RECOPIEZ);
        }
        if (!id.natureAdmise()) {
            String connue = NATURES.get(id.nature());
            rapport.error(CHEMIN, "la nature « " + id.nature() + " » de l’identifiant " + (connue == null
                    ? "n’existe pas dans ACTES" : "(" + connue + ") ne convient pas")
                    + " : une convention est transmise en CC (contrats, conventions et avenants), une délibération en DE", RECOPIEZ);
        }
        if (dateActe.isPresent() && accuse.dateReception().isBefore(dateActe.get())) {
            rapport.error(YamlPath.root().field("accuse_reception").field("date_reception"), "la réception en préfecture ("
                    + FrenchDates.shortForm(accuse.dateReception()) + ") précède la date de l’acte (" + FrenchDates.shortForm(dateActe.get()) + ")",
                    "recopiez la date de réception figurant sur l’accusé de réception",
                    rapport.label(CHEMIN, "date de l’acte dans l’identifiant"));
        }
    }
}
