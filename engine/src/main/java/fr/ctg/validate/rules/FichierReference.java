package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.model.Deliberation;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The files a convention names (deliberation PDFs, a folder of override templates) are read when its documents
 * are produced: they must lie in the convention's folder, so that a YAML file cannot make the engine read, or
 * append to a document, anything else on the machine.
 */
@CtgRule(code = "CTG-FICHIER",
        resume = "Les fichiers cités (délibérations, modèles) sont désignés par un chemin relatif, sans « .. », restent dans le dossier"
                + " de la convention et existent ; une délibération est un PDF lisible, non chiffré, de 50\u00a0Mo et 100\u00a0pages au plus ;"
                + " ce qu’elle contient d’actif (JavaScript, actions, fichiers incorporés) est signalé.",
        severity = {RuleSeverity.ERROR, RuleSeverity.ERROR_UNLESS_DRAFT, RuleSeverity.WARNING})
public final class FichierReference implements Rule<Convention> {

    /** "/etc", "\\serveur\partage", "C:\..." or "C:/...": absolute on some system. */
    private static final Pattern ABSOLUTE = Pattern.compile("^([/\\\\]|[A-Za-z]:).*", Pattern.DOTALL);
    private static final Pattern SEPARATORS = Pattern.compile("[/\\\\]");

    private enum Kind {
        DELIBERATION("fichier de la délibération", "déposez le PDF de la délibération à cet endroit du dossier de la convention, ou corrigez le chemin",
                "joignez le PDF de la délibération tel que la collectivité l’a publié, ni chiffré ni protégé par un mot de passe"),
        ANNEX("fichier de l’annexe", "déposez le PDF de l’annexe à cet endroit du dossier de la convention, ou corrigez le chemin",
                "joignez le PDF de l’annexe tel que les parties l’ont approuvé, ni chiffré ni protégé par un mot de passe"),
        TEMPLATES("dossier de modèles", "créez ce dossier dans le dossier de la convention, ou corrigez le chemin", "");

        /** Without its article: "fichier de la délibération". */
        private final String label;
        private final String missingHint;
        private final String unreadablePdfHint;

        Kind(String label, String missingHint, String unreadablePdfHint) {
            this.label = label;
            this.missingHint = missingHint;
            this.unreadablePdfHint = unreadablePdfHint;
        }
    }

    /**
     * Reports why the PDF of an annex an avenant appends cannot be: it must lie in the convention's folder, exist and be
     * readable, like a deliberation's.
     *
     * @param dossier the convention's folder, which the path is relative to
     */
    public static void checkAnnexPdf(Path dossier, String fichier, YamlPath chemin, Reporter rapport) {
        locate(dossier, fichier, chemin, Kind.ANNEX, rapport).ifPresent(pdf -> checkPdf(pdf, fichier, chemin, Kind.ANNEX, rapport));
    }

    @Override
    public void check(Convention convention, Reporter rapport) {
        Path dossier = rapport.sources().file().toAbsolutePath().normalize().getParent();
        if (dossier == null) {
            return;
        }
        List<Deliberation> deliberations = convention.deliberations();
        for (int i = 0; i < deliberations.size(); i++) {
            String fichier = deliberations.get(i).fichier();
            if (fichier != null) {
                YamlPath chemin = YamlPath.root().field("deliberations").index(i).field("fichier");
                locate(dossier, fichier, chemin, Kind.DELIBERATION, rapport)
                        .ifPresent(pdf -> checkPdf(pdf, fichier, chemin, Kind.DELIBERATION, rapport));
            }
        }
        String modeles = convention.modeles();
        if (modeles != null) {
            YamlPath chemin = YamlPath.root().field("modeles");
            locate(dossier, modeles, chemin, Kind.TEMPLATES, rapport).filter(p -> !Files.isDirectory(p)).ifPresent(p ->
                    rapport.error(chemin, "« " + modeles + " » n’est pas un dossier", "indiquez le dossier qui contient les modèles (.ftlx)"));
        }
    }

    /** The file, its links followed, when it exists inside the folder; otherwise reports why not. */
    private static Optional<Path> locate(Path dossier, String texte, YamlPath chemin, Kind kind, Reporter rapport) {
        if (texte.isBlank()) {
            rapport.errorUnlessDraft(chemin, "le chemin du " + kind.label + " est vide", kind.missingHint);
            return Optional.empty();
        }
        if (ABSOLUTE.matcher(texte).matches()) {
            rapport.error(chemin, "le chemin « " + texte + " » est absolu : le " + kind.label + " doit se trouver dans le dossier de la convention",
                    "écrivez le chemin à partir du dossier de la convention, par exemple deliberations/conseil-2023-11-20.pdf");
            return Optional.empty();
        }
        if (SEPARATORS.splitAsStream(texte).anyMatch(".."::equals)) {
            rapport.error(chemin, "le chemin « " + texte + " » remonte hors du dossier de la convention (« .. »)",
                    "copiez le fichier dans le dossier de la convention et citez-le sans « .. »");
            return Optional.empty();
        }
        Path fichier;
        try {
            fichier = dossier.resolve(texte).normalize();
        } catch (InvalidPathException e) {
            rapport.error(chemin, "« " + texte + " » n’est pas un chemin de fichier valide", "retirez les caractères invisibles ou interdits du chemin");
            return Optional.empty();
        }
        if (!Files.exists(fichier)) {
            rapport.errorUnlessDraft(chemin, "le " + kind.label + " « " + texte + " » n’existe pas", kind.missingHint);
            return Optional.empty();
        }
        try {
            Path reel = fichier.toRealPath();
            if (!reel.startsWith(dossier.toRealPath())) {
                rapport.error(chemin, "le chemin « " + texte + " » mène, par un lien symbolique, hors du dossier de la convention",
                        "remplacez le lien par une copie du fichier");
                return Optional.empty();
            }
            return Optional.of(reel);
        } catch (IOException e) {
            rapport.error(chemin, "le " + kind.label + " « " + texte + " » ne peut pas être lu",
                    "vérifiez les droits d’accès au fichier");
            return Optional.empty();
        }
    }

    private static void checkPdf(Path pdf, String texte, YamlPath chemin, Kind kind, Reporter rapport) {
        PdfLisible.Verdict verdict = PdfLisible.examine(pdf);
        verdict.probleme().ifPresent(probleme -> rapport.error(chemin, "le fichier « " + texte + " » " + probleme, kind.unreadablePdfHint));
        verdict.nonRepris().ifPresent(contenu -> rapport.warning(chemin, "le fichier « " + texte + " » contient " + contenu
                + ", qui ne sont pas repris : la convention joint l’image de ses pages",
                "rien à faire si ses pages s’affichent comme il faut ; sinon, demandez à la collectivité la délibération sans scripts"));
    }
}
