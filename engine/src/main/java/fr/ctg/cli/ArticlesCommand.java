package fr.ctg.cli;

import fr.ctg.compose.ClauseIndex;
import fr.ctg.compose.Composer;
import fr.ctg.compose.CompositionException;
import fr.ctg.load.UnreadableInputException;
import fr.ctg.model.Clauses.Clause;
import fr.ctg.model.Clauses;
import fr.ctg.pipeline.ConventionPipeline;
import fr.ctg.pipeline.ConventionSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ctg articles [DOSSIER]}: the clause ids of a convention's text, which avenants target. */
@Command(name = "articles",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = Ctg.USAGE_TEXTS,
        description = {"Liste les identifiants des articles et des paragraphes du texte de la convention (article-8, article-8-al-2),"
                + " avec leurs premiers mots : un avenant les vise par ces identifiants.",
            "Code de sortie : 0, 1 si la convention a des erreurs ou si son texte ne peut pas être composé,"
                + " 2 si la commande est mal écrite ou le fichier illisible."})
final class ArticlesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DOSSIER", arity = "0..1", defaultValue = ".",
            description = "Le dossier de la convention, ou son fichier convention.yaml (défaut : le dossier courant).")
    Path convention;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter errors = spec.commandLine().getErr();
        Path file = ConventionFinder.conventionFile(convention);
        ConventionSet set;
        try {
            set = new ConventionPipeline().load(file);
        } catch (UnreadableInputException e) {
            errors.println("ctg : " + e.getMessage());
            return Ctg.USAGE_OR_UNREADABLE;
        }
        if (set.convention() == null || set.hasErrors()) {
            new TextReport().write(List.of(new ValidationResult(file, set.diagnostics(), set.sources())), errors);
            errors.println(file + " : corrigez d’abord les erreurs ci-dessus");
            return Ctg.ERRORS;
        }
        Clauses clauses;
        try {
            clauses = ClauseIndex.of(new Composer().composeConvention(set.convention(), set.source()));
        } catch (CompositionException e) {
            e.diagnostic().ifPresentOrElse(d -> new TextReport().write(d, errors), () -> errors.println("ctg : " + e.getMessage()));
            return Ctg.ERRORS;
        }
        int width = clauses.all().stream().mapToInt(c -> c.id().length()).max().orElse(0);
        for (Clause clause : clauses.all()) {
            out.println(clause.id() + " ".repeat(width - clause.id().length() + 2) + clause.debut());
        }
        return Ctg.SUCCESS;
    }
}
