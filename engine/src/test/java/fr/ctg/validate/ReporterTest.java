package fr.ctg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Position;
import fr.ctg.diagnostic.Severity;
import fr.ctg.load.SourceMap;
import fr.ctg.load.YamlPath;
import fr.ctg.model.Statut;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReporterTest {

    private static final Path FILE = Path.of("convention.yaml");

    @CtgRule(code = "CTG-ESSAI-AVERTISSEMENT", resume = "Essai.", severity = RuleSeverity.WARNING)
    static final class WarningOnly {
    }

    @CtgRule(code = "CTG-ESSAI-PROJET", resume = "Essai.", severity = RuleSeverity.ERROR_UNLESS_DRAFT)
    static final class ErrorUnlessDraft {
    }

    @CtgRule(code = "CTG-ESSAI-ERREUR", resume = "Essai.")
    static final class ErrorByDefault {
    }

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private Reporter reporter(Class<?> rule, Statut statut) {
        return new Reporter(new SourceMap(FILE), statut, rule.getAnnotation(CtgRule.class), diagnostics);
    }

    private static final YamlPath PERIODE = YamlPath.root().field("periode");

    @Test
    void refusesASeverityTheRuleDoesNotDeclare() {
        Reporter reporter = reporter(WarningOnly.class, Statut.A_SIGNER);

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> reporter.error(PERIODE, "message", null));
        assertEquals("la règle CTG-ESSAI-AVERTISSEMENT signale une gravité ERROR qu’elle ne déclare pas [WARNING] dans son annotation"
                + " @CtgRule", refused.getMessage());
        assertThrows(IllegalStateException.class, () -> reporter.errorUnlessDraft(PERIODE, "message", null));
        assertEquals(List.of(), diagnostics);
    }

    @Test
    void aRuleDeclaresErrorUnlessItSaysOtherwise() {
        Reporter reporter = reporter(ErrorByDefault.class, Statut.PROJET);

        reporter.error(PERIODE, "message", "aide");
        assertThrows(IllegalStateException.class, () -> reporter.warning(PERIODE, "message", null));
        assertEquals(List.of(new Diagnostic(Severity.ERROR, "CTG-ESSAI-ERREUR", new Position(FILE, 1, 1), "message", "aide")), diagnostics);
    }

    @Test
    void errorUnlessDraftIsAWarningInADraftAndAnErrorOtherwise() {
        reporter(ErrorUnlessDraft.class, Statut.PROJET).errorUnlessDraft(PERIODE, "en projet", null);
        reporter(ErrorUnlessDraft.class, Statut.A_SIGNER).errorUnlessDraft(PERIODE, "à signer", null);
        reporter(ErrorUnlessDraft.class, Statut.SIGNEE).errorUnlessDraft(PERIODE, "signée", null);

        assertEquals(List.of(Severity.WARNING, Severity.ERROR, Severity.ERROR), diagnostics.stream().map(Diagnostic::severity).toList());
        assertThrows(IllegalStateException.class, () -> reporter(ErrorUnlessDraft.class, Statut.PROJET).warning(PERIODE, "m", null));
    }
}
