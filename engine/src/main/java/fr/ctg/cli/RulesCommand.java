package fr.ctg.cli;

import fr.ctg.load.Suggestions;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "regles",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = Ctg.USAGE_TEXTS,
        description = "Liste les codes que le moteur peut signaler : chaque règle CTG, puis chaque problème de forme du fichier.")
final class RulesCommand implements Callable<Integer> {

    enum Format { texte, markdown }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "texte",
            description = "Présentation : ${COMPLETION-CANDIDATES} (défaut : ${DEFAULT-VALUE}) ; markdown donne le tableau du README.")
    Format format;

    @Option(names = "--expliquer", paramLabel = "CODE",
            description = "Explique un code : ce que la règle vérifie, pourquoi, un exemple qui l’enfreint, comment corriger.")
    @Nullable String code;

    @Override
    public Integer call() {
        CodesTable table = CodesTable.ofEngine();
        PrintWriter out = spec.commandLine().getOut();
        if (code == null) {
            out.print(format == Format.markdown ? table.markdown() : table.text());
            return Ctg.SUCCESS;
        }
        Optional<ExplanationPage> page = table.row(code).flatMap(ExplanationPage::of);
        if (page.isEmpty()) {
            spec.commandLine().getErr().println("ctg : le code « " + code + " » n’existe pas" + suggestion(table) + " (« ctg regles » les liste tous)");
            return Ctg.USAGE_OR_UNREADABLE;
        }
        out.print(page.get().text());
        return Ctg.SUCCESS;
    }

    /** The codes meant: those that contain the word typed ({@code DELIBERATION}), or the closest to a misspelt one. */
    private String suggestion(CodesTable table) {
        List<String> codes = table.rows().stream().map(CodesTable.Row::code).toList();
        String word = code.strip().toUpperCase(Locale.ROOT).replaceFirst("^CTG-", "");
        List<String> meant = word.isEmpty() ? List.of() : codes.stream().filter(c -> c.contains(word)).toList();
        if (meant.isEmpty()) {
            meant = Suggestions.closest("CTG-" + word, codes).stream().toList();
        }
        if (meant.isEmpty()) {
            return "";
        }
        String last = meant.get(meant.size() - 1);
        return " ; vouliez-vous dire " + (meant.size() == 1 ? last : String.join(", ", meant.subList(0, meant.size() - 1)) + " ou " + last) + " ?";
    }
}
