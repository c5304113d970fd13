package fr.ctg.cli;

import fr.ctg.compose.NationalMacro;
import fr.ctg.compose.NationalMacros;
import fr.ctg.compose.OverrideFolders;
import fr.ctg.repository.RepositorySettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ctg modele liste|voir|copier}: the national macros a Caf may redefine, and its copies of them. */
@Command(name = "modele",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = Ctg.USAGE_TEXTS,
        description = "Les macros des modèles nationaux qu’une Caf peut remplacer une à une dans son dossier modeles/.",
        subcommands = {ModeleCommand.Liste.class, ModeleCommand.Voir.class, ModeleCommand.Copier.class})
public final class ModeleCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw Ctg.commandMissing(spec);
    }

    /** The national macro of this reference, or a message on the error output. */
    private static Optional<NationalMacro> macro(String reference, CommandSpec spec) {
        Optional<NationalMacro> macro = NationalMacros.byReference(reference);
        if (macro.isEmpty()) {
            spec.commandLine().getErr().println("ctg : aucune macro nationale « " + reference + " » ; ctg modele liste les nomme"
                    + " (fichier#macro, par exemple partials/articles.ftlx#article8)");
        }
        return macro;
    }

    @Command(name = "liste",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            resourceBundle = Ctg.USAGE_TEXTS,
            description = "Liste les macros nationales qu’un modèle de la Caf peut remplacer, une par ligne (fichier#macro).")
    static final class Liste implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            NationalMacros.all().forEach(macro -> out.println(macro.reference()));
            return Ctg.SUCCESS;
        }
    }

    @Command(name = "voir",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            resourceBundle = Ctg.USAGE_TEXTS,
            description = "Affiche la version nationale actuelle d’une macro, précédée de l’en-tête qu’en écrit ctg modele copier :"
                    + " de quoi la comparer à une copie.")
    static final class Voir implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "MACRO", description = "La macro, telle que ctg modele liste la nomme : partials/articles.ftlx#article8.")
        String reference;

        @Override
        public Integer call() {
            Optional<NationalMacro> macro = macro(reference, spec);
            macro.ifPresent(m -> spec.commandLine().getOut().print(m.copyHeader() + "\n" + m.source() + "\n"));
            return macro.isPresent() ? Ctg.SUCCESS : Ctg.USAGE_OR_UNREADABLE;
        }
    }

    @Command(name = "copier",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            resourceBundle = Ctg.USAGE_TEXTS,
            description = {"Copie une macro nationale dans un dossier de modèles de la Caf, dans le fichier du même nom, précédée de"
                    + " l’en-tête qui dit de quelle version elle vient (ctg valider avertit quand la version nationale change) ;"
                    + " modifiez ensuite la copie : elle remplace la macro nationale, le reste du texte reste national."})
    static final class Copier implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "MACRO", description = "La macro, telle que ctg modele liste la nomme : partials/articles.ftlx#article8.")
        String reference;

        @Parameters(index = "1", arity = "0..1", paramLabel = "DOSSIER",
                description = "Le dossier de modèles (défaut : le dossier modeles/ du dépôt de la Caf où l’on est).")
        Path folder;

        @Override
        public Integer call() {
            PrintWriter errors = spec.commandLine().getErr();
            Optional<NationalMacro> macro = macro(reference, spec);
            if (macro.isEmpty()) {
                return Ctg.USAGE_OR_UNREADABLE;
            }
            Path target = folder;
            if (target == null) {
                Optional<Path> root = RepositorySettings.root(Path.of(""));
                if (root.isEmpty()) {
                    errors.println("ctg : aucun " + RepositorySettings.FILE_NAME + " ici ni au-dessus : lancez la commande dans le dépôt"
                            + " de la Caf, ou indiquez le dossier de modèles");
                    return Ctg.USAGE_OR_UNREADABLE;
                }
                target = root.get().resolve(OverrideFolders.REPOSITORY_FOLDER);
            }
            Path file = target.resolve(macro.get().file());
            try {
                return copy(macro.get(), file);
            } catch (IOException e) {
                errors.println("ctg : impossible d’écrire " + file + " (" + e.getMessage() + ")");
                return Ctg.USAGE_OR_UNREADABLE;
            }
        }

        private int copy(NationalMacro macro, Path file) throws IOException {
            List<String> lines = Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
            Pattern definition = Pattern.compile("^\\s*<#(?:macro|function)\\s+" + Pattern.quote(macro.name()) + "(?![\\p{L}\\p{N}_$])");
            for (int i = 0; i < lines.size(); i++) {
                if (definition.matcher(lines.get(i)).find()) {
                    spec.commandLine().getErr().println("ctg : " + file + ":" + (i + 1) + " définit déjà « " + macro.name()
                            + " » : modifiez-la là, ou retirez-la avant de la copier de nouveau");
                    return Ctg.USAGE_OR_UNREADABLE;
                }
            }
            Files.createDirectories(file.getParent());
            String before = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            String separator = before.isEmpty() || before.endsWith("\n") ? "" : "\n";
            Files.writeString(file, separator + macro.copyHeader() + "\n" + macro.source() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            spec.commandLine().getOut().println("ctg : " + macro.reference() + " copiée dans " + file + ":" + (lines.size() + 2)
                    + " ; modifiez-la là : elle remplace la macro nationale dans les conventions où ce dossier s’applique");
            return Ctg.SUCCESS;
        }
    }
}
