package fr.ctg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.avenant.rules.AvenantRules;
import fr.ctg.style.StyleRules;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A rule the registries forget is a rule that never runs: every rule class of the engine is in one of them (that codes
 * are unique, {@code CodesTableTest} checks).
 */
class RegisteredRulesTest {

    @Test
    void everyRuleClassOfTheEngineIsRegisteredOnce() throws Exception {
        List<String> registered = new ArrayList<>();
        Stream.of(Rules.all(), AvenantRules.all(), StyleRules.all()).flatMap(List::stream).forEach(rule -> registered.add(rule.getClass().getName()));

        Set<String> found = ruleClassesOfTheEngine();
        assertTrue(found.containsAll(registered), "la recherche parmi les classes compilées ne trouve pas toutes les règles enregistrées");

        Set<String> unregistered = new TreeSet<>(found);
        unregistered.removeAll(registered);
        assertEquals(Set.of(), unregistered, "ces classes de règle (annotées @CtgRule ou qui implémentent Rule) manquent à Rules.all(),"
                + " à AvenantRules.all() ou à StyleRules.all() : elles ne sont jamais appliquées");
        assertEquals(registered.size(), new TreeSet<>(registered).size(), "une règle est enregistrée deux fois : " + registered);
    }

    /** The concrete classes compiled from src/main that are annotated with @CtgRule or implement Rule. */
    private static Set<String> ruleClassesOfTheEngine() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Rule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> found = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes.resolve("fr/ctg"))) {
            files = walk.filter(f -> f.toString().endsWith(".class")).toList();
        }
        for (Path file : files) {
            String relative = classes.relativize(file).toString();
            String name = relative.substring(0, relative.length() - ".class".length()).replace(file.getFileSystem().getSeparator(), ".");
            Class<?> type = Class.forName(name, false, RegisteredRulesTest.class.getClassLoader());
            boolean rule = type.isAnnotationPresent(CtgRule.class) || Rule.class.isAssignableFrom(type);
            if (rule && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
                found.add(name);
            }
        }
        return found;
    }
}
