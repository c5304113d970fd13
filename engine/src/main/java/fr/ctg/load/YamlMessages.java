package fr.ctg.load;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Position;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.reader.ReaderException;

/** Puts SnakeYAML's English errors into the words legal staff use, at the place to fix. */
final class YamlMessages {

    private static final String TAG_PREFIX = "tag:yaml.org,2002:";
    /** The longest key YAML reads as one when nothing says it is a key (YAML 1.1, 9.1.3: a simple key). */
    private static final int MAX_KEY_LENGTH = 1024;
    /** Indentation and list dashes before a key. */
    private static final Pattern KEY_START = Pattern.compile("[ ]*(-[ ]+)*");

    private final Path file;
    private final String text;

    YamlMessages(Path file, String text) {
        this.file = file;
        this.text = text;
    }

    /**
     * A line break that only YAML 1.1 sees: SnakeYAML counts NEL, U+2028 and U+2029 as line breaks, editors and git do not,
     * so every line number after one would be off, and the text around it would not be read as written. Refused at its
     * place, counted as an editor counts it, before SnakeYAML reads anything.
     */
    Optional<Diagnostic> unicodeLineBreak() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String name = c == '\u0085' ? "le caractère de contrôle NEL (U+0085)"
                    : c == '\u2028' ? "un séparateur de ligne Unicode (U+2028)"
                    : c == '\u2029' ? "un séparateur de paragraphe Unicode (U+2029)" : null;
            if (name != null) {
                return Optional.of(LoadCode.ENCODING.error(codePointPosition(text.codePointCount(0, i)), "le fichier contient " + name
                                + ", invisible dans les éditeurs mais lu par YAML comme un retour à la ligne",
                        "supprimez ce caractère, ou remplacez-le par un vrai retour à la ligne (souvent collé depuis un autre document)"));
            }
        }
        return Optional.empty();
    }

    /** A syntax error, which SnakeYAML locates. */
    Diagnostic translate(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Position position = mark == null ? start() : position(mark);
        if (problem.contains("\\t(TAB)") || problem.contains("'\\t'")) {
            return LoadCode.TAB.error(position, "une tabulation sert ici d’indentation, ce que YAML interdit",
                    "remplacez les tabulations par des espaces (deux espaces par niveau)");
        }
        if (problem.startsWith("Global tag is not allowed: ")) {
            String tag = problem.substring("Global tag is not allowed: ".length()).replace(TAG_PREFIX, "!!");
            return tagRefused(tag, position);
        }
        if (problem.contains("but found another document")) {
            return LoadCode.SYNTAX.error(position, "le fichier contient un second document YAML, après « --- »",
                    "une convention tient en un seul document : retirez la ligne « --- » et ce qui la suit, ou faites-en un autre fichier");
        }
        if (problem.startsWith("found unknown escape character")) {
            String escaped = problem.substring("found unknown escape character ".length()).replaceFirst("\\(\\d+\\)$", "");
            return LoadCode.SYNTAX.error(position, "« \\" + escaped + " » n’est pas un échappement reconnu entre guillemets doubles",
                    "doublez la barre oblique inverse (\\\\), ou mettez la valeur entre guillemets simples (')");
        }
        if (problem.startsWith("found character '") && problem.contains("that cannot start any token")) {
            return LoadCode.SYNTAX.error(position, "une valeur ne peut pas commencer par le caractère « "
                    + problem.substring("found character '".length(), problem.indexOf("' that")) + " »",
                    "mettez la valeur entre guillemets");
        }
        if (problem.contains("found undefined alias")) {
            return LoadCode.SYNTAX.error(position, "cet alias (*nom) ne renvoie à aucune ancre (&nom) définie plus haut",
                    "définissez l’ancre avant l’alias, ou écrivez la valeur en entier");
        }
        if (problem.contains("found unexpected end of stream") && context.contains("quoted scalar") && e.getContextMark() != null) {
            return LoadCode.SYNTAX.error(position(e.getContextMark()), "ce guillemet n’est jamais refermé",
                    "refermez le guillemet à la fin de la valeur");
        }
        Optional<ScalarEvent> quoteClosedTooLate = quoteClosedTooLate(mark);
        if (quoteClosedTooLate.isPresent()) {
            ScalarEvent scalar = quoteClosedTooLate.get();
            return LoadCode.SYNTAX.error(position(scalar.getStartMark()),
                    "ce guillemet n’est refermé qu’à la ligne " + (scalar.getEndMark().getLine() + 1)
                            + " : toutes les lignes entre les deux sont prises pour du texte",
                    "refermez le guillemet à la fin de la valeur");
        }
        Optional<Diagnostic> longKey = longKey(mark);
        if (longKey.isPresent()) {
            return longKey.get();
        }
        if (problem.contains("mapping values are not allowed here")) {
            return indentedBeneathAValue(mark).orElseGet(() -> LoadCode.SYNTAX.error(position, "« : » inattendu à cet endroit",
                    "si la valeur contient « : », mettez-la entre guillemets ; sinon vérifiez l’indentation de la ligne"));
        }
        if (problem.contains("could not find expected ':'")) {
            return LoadCode.SYNTAX.error(position, "il manque « : » après une clé", "écrivez chaque champ sous la forme « clé: valeur »");
        }
        if (problem.contains("expected <block end>") || problem.contains("did not find expected key")
                || problem.contains("did not find expected '-' indicator")) {
            return LoadCode.INDENTATION.error(position, "l’indentation de cette ligne ne correspond à aucune rubrique ouverte",
                    "alignez la ligne sur les autres champs de la même rubrique (même nombre d’espaces)");
        }
        if (problem.contains("found unexpected end of stream") || problem.contains("expected ',' or ']'") || problem.contains("expected ',' or '}'")) {
            return LoadCode.SYNTAX.error(position, "un guillemet ou un crochet ouvert n’est pas refermé",
                    "refermez le guillemet (\") ou le crochet (] ou }) ouvert avant cet endroit");
        }
        return YamlProblems.translate(problem, context, position);
    }

    /**
     * A key of more than 1 024 characters: YAML does not read it as a key, and SnakeYAML then complains at its end, of a
     * missing or unexpected « : ». Said at the key's start.
     */
    private Optional<Diagnostic> longKey(Mark error) {
        if (error == null) {
            return Optional.empty();
        }
        List<String> lines = text.lines().toList();
        if (error.getLine() >= lines.size()) {
            return Optional.empty();
        }
        String line = lines.get(error.getLine());
        int colon = line.offsetByCodePoints(0, Math.min(error.getColumn(), line.codePointCount(0, line.length())));
        if (colon >= line.length() || line.charAt(colon) != ':') {
            return Optional.empty();
        }
        Matcher start = KEY_START.matcher(line);
        start.lookingAt();
        String key = line.substring(start.end(), colon);
        int length = key.codePointCount(0, key.length());
        if (length <= MAX_KEY_LENGTH || key.contains(": ")) {
            return Optional.empty();
        }
        return Optional.of(LoadCode.KEY.error(new Position(file, error.getLine() + 1, line.codePointCount(0, start.end()) + 1),
                "cette clé fait " + String.format(Locale.FRANCE, "%,d", length) + " caractères : au-delà de "
                        + String.format(Locale.FRANCE, "%,d", MAX_KEY_LENGTH) + ", YAML ne la lit pas comme une clé",
                "une clé est un simple mot, comme « titre » ; si c’est un texte qui contient « : », mettez-le entre guillemets"));
    }

    /** A character YAML does not allow anywhere, such as a control character pasted from another document. */
    Diagnostic translate(ReaderException e) {
        return LoadCode.ENCODING.error(codePointPosition(e.getPosition()),
                "le fichier contient un caractère de contrôle invisible (U+" + String.format("%04X", e.getCodePoint()) + ")",
                "supprimez ce caractère (souvent collé depuis un autre document)");
    }

    /** A limit SnakeYAML enforces without saying where it was reached. */
    Diagnostic translate(YAMLException e) {
        String problem = e.getMessage() == null ? "" : e.getMessage();
        if (problem.contains("aliases")) {
            return LoadCode.ALIAS.error(at(YamlEvents.aliasBeyond(text, YamlReader.MAX_ALIASES)),
                    "le fichier répète trop d’alias (*nom) : plus de " + YamlReader.MAX_ALIASES + " sont refusés",
                    "écrivez les valeurs en entier au lieu de les répéter par des alias");
        }
        if (problem.contains("Nesting Depth")) {
            return LoadCode.DEPTH.error(at(YamlEvents.collectionBeyond(text, YamlReader.MAX_DEPTH)),
                    "les rubriques sont imbriquées trop profondément (plus de " + YamlReader.MAX_DEPTH + " niveaux)",
                    "une convention n’a que quelques niveaux : vérifiez l’indentation");
        }
        return LoadCode.SYNTAX.error(start(), "le fichier YAML ne peut pas être lu", "vérifiez l’indentation et les guillemets du fichier");
    }

    static Diagnostic tagRefused(String tag, Position position) {
        return LoadCode.TAG.error(position, "l’étiquette YAML « " + tag + " » n’est pas acceptée",
                "retirez l’étiquette : le fichier ne contient que du texte, des nombres, des dates, des listes et des rubriques");
    }

    /**
     * A quoted value spanning several lines, right before the error: its quote was left open and
     * closed by the next quote further down, so the error shows far from the mistake.
     */
    private Optional<ScalarEvent> quoteClosedTooLate(Mark error) {
        if (error == null) {
            return Optional.empty();
        }
        return YamlEvents.lastScalarBeforeFailure(text)
                .filter(s -> s.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED || s.getScalarStyle() == ScalarStyle.SINGLE_QUOTED)
                .filter(s -> s.getStartMark().getLine() < s.getEndMark().getLine())
                .filter(s -> s.getEndMark().getLine() == error.getLine());
    }

    /** "   fin: ..." under "  debut: 2024-01-01": YAML reads the line as more of the value above. */
    private Optional<Diagnostic> indentedBeneathAValue(Mark error) {
        if (error == null) {
            return Optional.empty();
        }
        List<String> lines = text.lines().toList();
        int index = error.getLine();
        int previous = index - 1;
        while (previous >= 0 && lines.get(previous).isBlank()) {
            previous--;
        }
        if (index >= lines.size() || previous < 0 || !lines.get(previous).matches("\\s*(- )?[\\w.-]+:\\s*[^\\s#].*")) {
            return Optional.empty();
        }
        int indent = indentation(lines.get(index));
        if (indent <= indentation(lines.get(previous))) {
            return Optional.empty();
        }
        return Optional.of(LoadCode.INDENTATION.error(new Position(file, index + 1, indent + 1),
                "cette ligne est plus indentée que la précédente, qui a déjà sa valeur",
                "alignez-la sur la ligne précédente (même nombre d’espaces) si c’est un champ de la même rubrique"));
    }

    private static int indentation(String line) {
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        return spaces;
    }

    private Position codePointPosition(int index) {
        int line = 1;
        int column = 1;
        int[] codePoints = text.codePoints().limit(index).toArray();
        for (int codePoint : codePoints) {
            if (codePoint == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Position(file, line, column);
    }

    private Position at(Optional<Mark> mark) {
        return mark.map(this::position).orElseGet(this::start);
    }

    private Position position(Mark mark) {
        return new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private Position start() {
        return new Position(file, 1, 1);
    }
}
