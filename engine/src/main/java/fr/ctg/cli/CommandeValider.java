package fr.ctg.cli;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.load.ChargeurConvention;
import fr.ctg.load.EntreeIlisible;
import fr.ctg.validate.Validateur;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "valider",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"Vérifie des conventions (fichiers YAML) et signale chaque problème avec sa position.",
            "Code de sortie : 0 sans erreur (avertissements permis), 1 si une erreur, 2 si la commande est mal écrite ou un fichier illisible."})
final class CommandeValider implements Callable<Integer> {

    enum Format { texte, json }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CHEMIN", arity = "1..*",
            description = "Un fichier convention.yaml, ou un dossier où chercher les */convention.yaml.")
    List<Path> chemins;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "texte",
            description = "Présentation des résultats : ${COMPLETION-CANDIDATES} (défaut : ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter sortie = spec.commandLine().getOut();
        PrintWriter erreurs = spec.commandLine().getErr();
        List<Path> fichiers = RechercheConventions.trouver(chemins);
        if (fichiers.isEmpty()) {
            erreurs.println("ctg : aucun fichier " + RechercheConventions.NOM_FICHIER + " trouvé dans " + chemins);
            return Ctg.USAGE_OU_ENTREE_ILLISIBLE;
        }
        ChargeurConvention chargeur = new ChargeurConvention();
        Validateur validateur = new Validateur();
        List<ResultatValidation> resultats = new ArrayList<>();
        boolean illisible = false;
        for (Path fichier : fichiers) {
            try {
                List<Diagnostic> diagnostics = validateur.valider(chargeur.charger(fichier));
                resultats.add(new ResultatValidation(fichier, diagnostics));
            } catch (EntreeIlisible e) {
                erreurs.println("ctg : " + e.getMessage());
                illisible = true;
            }
        }
        if (format == Format.json) {
            new RapportJson().ecrire(resultats, sortie);
        } else {
            new RapportTexte().ecrire(resultats, sortie);
        }
        if (illisible) {
            return Ctg.USAGE_OU_ENTREE_ILLISIBLE;
        }
        return resultats.stream().anyMatch(ResultatValidation::aDesErreurs) ? Ctg.ERREURS : Ctg.SUCCES;
    }
}
