package fr.ctg.validate.rules;

import fr.ctg.compose.CompositionException;
import fr.ctg.compose.CopiedMacroHeader;
import fr.ctg.compose.NationalMacro;
import fr.ctg.compose.NationalMacros;
import fr.ctg.compose.OverrideFolders;
import fr.ctg.diagnostic.Position;
import fr.ctg.model.Convention;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Caf's macro that replaces a national one follows it no more: when the national text changes (a new national
 * model), the copy keeps the old one. Each copy records which version it started from
 * ({@link CopiedMacroHeader}, written by {@code ctg modele copier}), so that the change is told where the copy is.
 */
@CtgRule(code = "CTG-SURCHARGE",
        resume = "Une macro d’un modèle de la Caf qui remplace une macro nationale dit, par l’en-tête « ctg:copie-de » qu’écrit"
                + " ctg modele copier, de quelle version elle a été copiée, et la macro nationale n’a pas changé depuis.",
        severity = RuleSeverity.WARNING)
public final class SurchargeAJour implements Rule<Convention> {

    private static final Pattern DEFINITION = Pattern.compile("^\\s*(<#(?:macro|function)\\s+([\\p{L}_$][\\p{L}\\p{N}_$]*))");

    @Override
    public void check(Convention convention, Reporter rapport) {
        List<Path> folders;
        try {
            folders = OverrideFolders.of(rapport.sources().file(), convention.modeles());
        } catch (CompositionException e) {
            return; // CTG-FICHIER says what is wrong with the folder, generation refuses it
        }
        for (Path folder : folders) {
            try {
                for (Path template : OverrideFolders.templates(folder)) {
                    check(template, Files.readAllLines(template, StandardCharsets.UTF_8), rapport);
                }
            } catch (CompositionException | IOException e) {
                return; // generation says why the folder cannot be read
            }
        }
    }

    private static void check(Path template, List<String> lines, Reporter rapport) {
        Optional<CopiedMacroHeader> header = Optional.empty();
        Position headerPosition = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Optional<CopiedMacroHeader> found = CopiedMacroHeader.in(line);
            if (found.isPresent()) {
                header = found;
                int start = line.indexOf("<#--");
                headerPosition = new Position(template, i + 1, start + 1, i + 1, line.indexOf("-->", start) + 4);
                continue;
            }
            Matcher definition = DEFINITION.matcher(line);
            if (definition.find()) {
                Position at = new Position(template, i + 1, definition.start(1) + 1, i + 1, definition.end(1) + 1);
                check(definition.group(2), header, header.isPresent() ? headerPosition : at, rapport);
                header = Optional.empty();
            }
        }
    }

    private static void check(String name, Optional<CopiedMacroHeader> header, Position at, Reporter rapport) {
        if (header.isEmpty()) {
            NationalMacros.byName(name).ifPresent(national -> rapport.warning(at, "la macro « " + name + " » remplace la macro nationale "
                    + national.reference() + " sans dire de quelle version elle a été copiée : un changement du modèle national"
                    + " passerait inaperçu", "si elle part de la version nationale actuelle, faites-la précéder de l’en-tête "
                    + national.copyHeader() + " (celui qu’écrit ctg modele copier)"));
            return;
        }
        String reference = header.get().reference();
        Optional<NationalMacro> national = NationalMacros.byReference(reference);
        if (national.isEmpty()) {
            rapport.warning(at, "la macro nationale " + reference + " dont « " + name + " » est la copie n’existe plus",
                    "retirez cette macro, ou copiez celle qui la remplace (ctg modele liste les nomme)");
        } else if (!national.get().sha256().equals(header.get().sha256())) {
            rapport.warning(at, "la macro nationale " + reference + " a changé depuis que « " + name + " » en a été copiée",
                    "comparez-la à la version nationale actuelle (ctg modele voir " + reference + "), reportez-y ce qui a changé,"
                            + " puis remplacez cet en-tête par " + national.get().copyHeader());
        }
    }
}
