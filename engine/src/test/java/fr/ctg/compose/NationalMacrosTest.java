package fr.ctg.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NationalMacrosTest {

    private static final Path PARTIALS = Path.of("../templates/partials");

    @Test
    void theFilesAreEveryPartialButTheHelpersImportedUnderTheirOwnName() throws Exception {
        try (Stream<Path> files = Files.walk(PARTIALS)) {
            assertEquals(files.filter(f -> f.toString().endsWith(".ftlx")).map(f -> "partials/" + PARTIALS.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.equals("partials/fonctions.ftlx")).sorted().toList(), NationalMacros.FILES.stream().sorted().toList());
        }
    }

    /** The pieces share one namespace, and a Caf's definition replaces the one of its name, whatever its file. */
    @Test
    void noTwoNationalMacrosHaveTheSameName() {
        Map<String, Long> names = NationalMacros.all().stream().collect(Collectors.groupingBy(NationalMacro::name, Collectors.counting()));
        assertEquals(Map.of(), names.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** A macro named like a value of the data model would hide it from every template. */
    @Test
    void noNationalMacroIsNamedLikeAValueOfTheDataModel() {
        List<String> dataModel = List.of("convention", "fr", "source", "surcharges", "avenant", "origine", "base", "signataires", "precedents",
                "annexes", "dernierAvenant", "dateDocument", "textes");
        assertEquals(List.of(), NationalMacros.all().stream().map(NationalMacro::name).filter(dataModel::contains).toList());
    }

    @Test
    void aMacroIsItsDefinitionFromItsFirstLine() {
        NationalMacro pageDeTitre = NationalMacros.byReference("partials/page-de-titre.ftlx#pageDeTitre").orElseThrow();
        assertEquals(2, pageDeTitre.line());
        assertEquals("<#macro pageDeTitre>\n<p class=\"titre-document\">${c.titre}</p>\n<p class=\"sous-titre\">${c.territoire}</p>\n"
                + "<p class=\"sous-titre\">${f.annees()}</p>\n<nav class=\"table-des-matieres\"/>\n<div class=\"saut-de-page\"/>\n</#macro>",
                pageDeTitre.source());
    }
}
