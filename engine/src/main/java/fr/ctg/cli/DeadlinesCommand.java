package fr.ctg.cli;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.InputOutputFailure;
import fr.ctg.echeances.Echeance;
import fr.ctg.echeances.EcheanceCalendar;
import fr.ctg.echeances.EcheanceTable;
import fr.ctg.echeances.Echeancier;
import fr.ctg.echeances.State;
import fr.ctg.load.UnreadableInputException;
import fr.ctg.model.Convention;
import fr.ctg.pipeline.ConventionPipeline;
import fr.ctg.pipeline.ConventionSet;
import fr.ctg.write.AtomicOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "echeances",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = Ctg.USAGE_TEXTS,
        description = {"Liste les échéances des conventions (délibérations, accusé de réception, fiches actions promises par avenant,"
                + " comités de pilotage, évaluation, reconduction, fin) avec leur statut à une date donnée.",
            "Les échéances suivent la convention modifiée par ses avenants signés (fiches apportées, prolongation).",
            "Les fichiers qui comportent des erreurs de validation, dans la convention ou un avenant, sont ignorés.",
            "Code de sortie : 0, ou 1 avec --strict si une échéance est en retard ou un fichier ignoré,"
                + " 2 si la commande est mal écrite ou un fichier illisible."})
final class DeadlinesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CHEMIN", arity = "1..*",
            description = "Un fichier convention.yaml, ou un dossier où chercher les */convention.yaml.")
    List<Path> paths;

    @Option(names = "--au", paramLabel = "DATE", converter = IsoDate.class,
            description = "Date de référence des statuts, au format AAAA-MM-JJ (défaut : aujourd’hui).")
    LocalDate day;

    @Option(names = "--ics", paramLabel = "FICHIER",
            description = "Écrit aussi les échéances dans ce fichier iCalendar, avec un rappel 30 jours avant chaque échéance à venir"
                    + " (aucun pour une échéance passée ou faite).")
    Path ics;

    @Option(names = "--par-convention",
            description = "Avec --ics : FICHIER est un dossier, où chaque convention a son calendrier <id>.ics.")
    boolean perConvention;

    @Option(names = "--strict",
            description = "Sort avec le code 1 si une échéance est en retard ou un fichier ignoré (pour l’intégration continue).")
    boolean strict;

    private final Clock clock;

    DeadlinesCommand() {
        this(Clock.systemDefaultZone());
    }

    DeadlinesCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter errors = spec.commandLine().getErr();
        if (perConvention && ics == null) {
            throw new UsageError(spec.commandLine(), "--par-convention se donne avec --ics DOSSIER");
        }
        List<Path> files = ConventionFinder.findOrReport(paths, errors);
        if (files.isEmpty()) {
            return Ctg.USAGE_OR_UNREADABLE;
        }
        LocalDate reference = day != null ? day : LocalDate.now(clock);
        ConventionPipeline pipeline = new ConventionPipeline();
        List<Echeance> echeances = new ArrayList<>();
        Map<String, String> territories = new LinkedHashMap<>();
        boolean unreadable = false;
        boolean skipped = false;
        for (Path file : files) {
            try {
                ConventionSet set = pipeline.load(file);
                Convention consolidated = set.consolidated();
                if (consolidated == null) {
                    long errorCount = set.diagnostics().stream().filter(Diagnostic::isError).count();
                    errors.println("ctg : " + file + " ignoré : " + errorCount
                            + (errorCount > 1 ? " erreurs" : " erreur") + " de validation (voir « ctg valider »)");
                    skipped = true;
                    continue;
                }
                echeances.addAll(Echeancier.echeances(set.convention(), consolidated));
                territories.put(consolidated.id(), consolidated.territoire());
            } catch (UnreadableInputException e) {
                errors.println("ctg : " + e.getMessage());
                unreadable = true;
            }
        }
        echeances.sort(Echeancier.ORDER);
        out.print(EcheanceTable.write(echeances, reference));
        out.flush();
        if (ics != null) {
            Map<Path, List<Echeance>> calendars = new LinkedHashMap<>();
            if (perConvention) {
                territories.keySet().forEach(id -> calendars.put(ics.resolve(id + ".ics"),
                        echeances.stream().filter(e -> e.conventionId().equals(id)).toList()));
            } else {
                calendars.put(ics, echeances);
            }
            for (Map.Entry<Path, List<Echeance>> calendar : calendars.entrySet()) {
                Path file = calendar.getKey();
                List<Echeance> events = calendar.getValue();
                try {
                    AtomicOutput.write(file, EcheanceCalendar.write(events, territories, reference));
                } catch (IOException e) {
                    errors.println("ctg : impossible d’écrire " + file + " : " + InputOutputFailure.describe(e));
                    return Ctg.USAGE_OR_UNREADABLE;
                }
                out.println("Calendrier écrit dans " + file + " (" + events.size() + (events.size() > 1 ? " évènements)" : " évènement)"));
            }
        }
        if (unreadable) {
            return Ctg.USAGE_OR_UNREADABLE;
        }
        boolean late = echeances.stream().anyMatch(e -> e.state(reference) == State.LATE);
        return strict && (late || skipped) ? Ctg.ERRORS : Ctg.SUCCESS;
    }

    /** Dates as ISO writes them, refused in French. */
    static final class IsoDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("« " + value + " » n’est pas une date au format AAAA-MM-JJ");
            }
        }
    }
}
