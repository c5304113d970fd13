package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.avenant.AvenantContext;
import fr.ctg.avenant.AvenantFixture;
import fr.ctg.avenant.rules.AvenantRules;
import fr.ctg.model.Convention;
import fr.ctg.style.StyleFile;
import fr.ctg.style.StyleFixture;
import fr.ctg.style.StyleRules;
import fr.ctg.validate.ConventionSnippet;
import fr.ctg.validate.Rule;
import fr.ctg.validate.Rules;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every code has its page, and the example of each page really breaks its rule. A convention example gives rubriques
 * (top-level keys) that replace those of the minimal convention, or, with none, the whole file; an avenant example is
 * the whole avenant n° 1 of the minimal convention, and a second block, when there is one, gives rubriques of the
 * convention that replace the minimal one's; a house style example is the whole {@code style/style-maison.yaml} of the
 * minimal convention's override folder.
 */
class ExplanationPageTest {

    /**
     * Codes whose breaking input cannot be written as a YAML example in a page: more than 5 Mo, a NUL byte, or a template
     * (the template errors have their own tests, in compose and cli).
     */
    private static final Set<String> NOT_WRITABLE_AS_TEXT = Set.of("CTG-YAML-TAILLE", "CTG-YAML-BINAIRE", "CTG-MODELE", "CTG-SURCHARGE", "CTG-STYLE-ANCIEN");

    private static final Pattern EXAMPLE = Pattern.compile("(?s)```yaml\n(.*?)```");
    private static final Pattern RUBRIQUE = Pattern.compile("^([a-z_]+):");
    private static final Pattern CODE = Pattern.compile("\\[(CTG-[A-Z0-9-]+)]");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyCodeHasItsPageWithItsSectionsInOrder() {
        return CodesTable.ofEngine().rows().stream().map(row -> DynamicTest.dynamicTest(row.code(), () -> {
            Optional<ExplanationPage> page = ExplanationPage.of(row);
            assertTrue(page.isPresent(), "il manque la page " + ExplanationPage.RESOURCES + row.page());
            String source = page.get().source();
            assertTrue(source.startsWith("# " + row.code() + "\n\n"), row.page() + " commence par « # " + row.code() + " »");
            int previous = -1;
            for (String section : ExplanationPage.SECTIONS) {
                int at = source.indexOf("\n" + section + "\n\n");
                assertTrue(at > previous, row.page() + " : la section « " + section + " » manque ou n’est pas à sa place");
                previous = at;
            }
            assertEquals(List.of(), sections(source).stream().filter(h -> !ExplanationPage.SECTIONS.contains(h)).toList(),
                    row.page() + " : sections en trop");
            assertTrue(source.endsWith("\n") && !source.endsWith("\n\n"), row.page() + " finit par une seule fin de ligne");
        }));
    }

    @TestFactory
    Stream<DynamicTest> theExampleOfEveryPageBreaksItsRuleAndNoOther() {
        Map<String, Rule<Convention>> conventionRules = new LinkedHashMap<>();
        Rules.all().forEach(rule -> conventionRules.put(rule.description().code(), rule));
        Map<String, Rule<AvenantContext>> avenantRules = new LinkedHashMap<>();
        AvenantRules.all().forEach(rule -> avenantRules.put(rule.description().code(), rule));
        Map<String, Rule<StyleFile>> styleRules = new LinkedHashMap<>();
        StyleRules.ofFile().forEach(rule -> styleRules.put(rule.description().code(), rule));

        return CodesTable.ofEngine().rows().stream().filter(row -> !NOT_WRITABLE_AS_TEXT.contains(row.code()))
                .map(row -> DynamicTest.dynamicTest(row.code(), () -> {
                    List<String> examples = examples(ExplanationPage.of(row).orElseThrow().source());
                    String example = examples.get(0);
                    Path folder = temp.resolve(row.code());
                    List<String> all;
                    List<String> alone;
                    if (styleRules.containsKey(row.code())) {
                        all = StyleFixture.described(new StyleFixture(folder.resolve("tous")).style(example).load());
                        alone = StyleFixture.described(new StyleFixture(folder.resolve("seule")).style(example).load(styleRules.get(row.code())));
                    } else if (avenantRules.containsKey(row.code())) {
                        AvenantFixture fixture = examples.size() == 1 ? new AvenantFixture(folder)
                                : new AvenantFixture(folder, overlay(ConventionSnippet.MINIMALE, examples.get(1)));
                        fixture.avenant("avenant-01.yaml", example);
                        all = fixture.diagnostics();
                        alone = fixture.diagnostics(avenantRules.get(row.code()));
                    } else {
                        ConventionSnippet snippet = ConventionSnippet.of(overlay(ConventionSnippet.MINIMALE, example));
                        all = snippet.diagnosticsAt(folder.resolve("tous/minimale/convention.yaml"));
                        Rule<Convention> rule = conventionRules.get(row.code());
                        alone = rule == null ? all : snippet.alone(rule).diagnosticsAt(folder.resolve("seule/minimale/convention.yaml"));
                    }
                    assertFalse(all.isEmpty(), "l’exemple de " + row.code() + " ne donne aucun diagnostic");
                    assertEquals(List.of(), all.stream().filter(d -> !row.code().equals(code(d))).toList(),
                            "l’exemple de " + row.code() + " enfreint d’autres règles");
                    assertEquals(all, alone, "la règle seule ne donne pas les mêmes diagnostics");
                }));
    }

    @Test
    void theCodesWithoutAWrittenExampleStillHaveAPage() {
        for (String code : NOT_WRITABLE_AS_TEXT) {
            assertTrue(CodesTable.ofEngine().row(code).flatMap(ExplanationPage::of).isPresent(), code);
        }
    }

    @Test
    void aConventionExampleReplacesTheRubriquesItGivesAndAddsTheOthers() {
        String minimal = "# tête\nid: a\nperiode:\n  debut: 1\n  fin: 2\ntitre: t\n";

        assertEquals("# tête\nid: a\nperiode:\n  fin: 3\ntitre: t\nbudget: 4\n", overlay(minimal, "periode:\n  fin: 3\nbudget: 4\n"));
        assertEquals("# rien\n", overlay(minimal, "# rien\n"));
    }

    @Test
    void printsThePageOfARuleWithItsCodeWhatItRequiresAndItsSeverity() {
        CliRun run = CliRun.ctg("regles", "--expliquer", "CTG-PERIODE-MAX");

        assertEquals(0, run.code());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("# CTG-PERIODE-MAX : Une CTG dure au plus cinq ans.\n\nGravité : erreur.\n\n"
                + "## Ce que la règle vérifie\n\nLa convention dure au plus cinq ans"), run.out());
        assertTrue(run.out().contains("\n```yaml\nperiode:\n  debut: 2024-01-01\n  fin: 2029-12-31\n```\n"), run.out());
        assertTrue(run.out().endsWith("\n## Comment corriger\n\nRamenez la date de fin au plus tard à la date que donne le diagnostic"
                + " (ici le 31/12/2028), ou faites commencer la convention plus tard.\n"), run.out());
        assertEquals(run, CliRun.ctg("regles", "--expliquer", "ctg-periode-max"));
    }

    @Test
    void aLoaderCodeHasItsPageToo() {
        assertTrue(CliRun.ctg("regles", "--expliquer", "CTG-YAML-TABULATION").out()
                .startsWith("# CTG-YAML-TABULATION : L’indentation se fait par des espaces, jamais par des tabulations.\n\nGravité : erreur.\n"));
    }

    @Test
    void anUnknownCodeIsAUsageErrorThatSuggestsTheCodesMeant() {
        assertEquals(new CliRun(2, "", "ctg : le code « CTG-PERIODE-MAXI » n’existe pas ; vouliez-vous dire CTG-PERIODE-MAX ? "
                + "(« ctg regles » les liste tous)\n"), CliRun.ctg("regles", "--expliquer", "CTG-PERIODE-MAXI"));
        assertEquals(new CliRun(2, "", "ctg : le code « periode » n’existe pas ; vouliez-vous dire CTG-PERIODE-ORDRE, CTG-PERIODE-MAX ou CTG-ACTION-HORS-PERIODE ? "
                + "(« ctg regles » les liste tous)\n"), CliRun.ctg("regles", "--expliquer", "periode"));
        assertEquals(new CliRun(2, "", "ctg : le code « CTG-ZZZZZZZZZZZZ » n’existe pas (« ctg regles » les liste tous)\n"),
                CliRun.ctg("regles", "--expliquer", "CTG-ZZZZZZZZZZZZ"));
    }

    private static List<String> sections(String source) {
        return source.lines().filter(line -> line.startsWith("## ")).toList();
    }

    private static List<String> examples(String source) {
        String section = source.substring(source.indexOf(ExplanationPage.SECTIONS.get(2)), source.indexOf(ExplanationPage.SECTIONS.get(3)));
        List<String> blocks = EXAMPLE.matcher(section).results().map(block -> block.group(1)).toList();
        assertFalse(blocks.isEmpty(), "la section « " + ExplanationPage.SECTIONS.get(2) + " » n’a pas de bloc ```yaml");
        return blocks;
    }

    private static String code(String diagnostic) {
        Matcher code = CODE.matcher(diagnostic);
        return code.find() ? code.group(1) : diagnostic;
    }

    /** The minimal convention with the example's rubriques in place of its own; the example alone when it has none. */
    static String overlay(String minimal, String example) {
        Map<String, String> replacements = rubriques(example);
        if (replacements.isEmpty()) {
            return example;
        }
        StringBuilder result = new StringBuilder();
        Map<String, String> own = rubriques(minimal);
        result.append(minimal, 0, minimal.indexOf(own.values().iterator().next()));
        for (Map.Entry<String, String> rubrique : own.entrySet()) {
            String replacement = replacements.remove(rubrique.getKey());
            result.append(replacement == null ? rubrique.getValue() : replacement);
        }
        replacements.values().forEach(result::append);
        return result.toString();
    }

    /** Each top-level key with its lines, in order; lines before the first key are left out. */
    private static Map<String, String> rubriques(String yaml) {
        Map<String, String> rubriques = new LinkedHashMap<>();
        String key = null;
        for (String line : yaml.split("(?<=\n)")) {
            Matcher rubrique = RUBRIQUE.matcher(line);
            if (rubrique.find()) {
                key = rubrique.group(1);
                rubriques.put(key, "");
            }
            if (key != null) {
                rubriques.merge(key, line, String::concat);
            }
        }
        return rubriques;
    }
}
