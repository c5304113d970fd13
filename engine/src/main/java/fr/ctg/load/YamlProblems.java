package fr.ctg.load;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Position;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The syntax problems a convention rarely meets, in French, found by SnakeYAML's English wording of the problem and of
 * what it was reading ("while scanning a tag"); any other in general terms, never in SnakeYAML's English.
 */
final class YamlProblems {

    private record Wording(Pattern english, LoadCode code, String message, String hint) {

        Wording(String english, LoadCode code, String message, String hint) {
            this(Pattern.compile(english), code, message, hint);
        }
    }

    private static final List<Wording> WORDINGS = List.of(
            new Wording("sequence entries are not allowed here", LoadCode.SYNTAX, "« - » (élément de liste) inattendu à cet endroit",
                    "une liste commence à la ligne qui suit son champ, chaque élément sur sa ligne ; si la valeur commence par « - »,"
                            + " mettez-la entre guillemets"),
            new Wording("mapping keys are not allowed here", LoadCode.SYNTAX, "« ? » inattendu à cet endroit",
                    "si la valeur commence par « ? », mettez-la entre guillemets"),
            new Wording("expected the node content", LoadCode.SYNTAX, "une valeur manque à cet endroit",
                    "écrivez la valeur ; si elle commence par un signe (« , », « ] », « } », « % »…), mettez-la entre guillemets"),
            new Wording("expected escape sequence of", LoadCode.SYNTAX,
                    "un échappement \\x, \\u ou \\U entre guillemets doubles n’a pas le nombre de chiffres hexadécimaux attendu",
                    "doublez la barre oblique inverse (\\\\), ou mettez la valeur entre guillemets simples (')"),
            new Wording("found unexpected document separator", LoadCode.SYNTAX, "une ligne « --- » ou « ... » coupe une valeur entre guillemets",
                    "refermez le guillemet avant cette ligne"),
            new Wording("tag handle|while scanning an? (tag|URI)", LoadCode.TAG,
                    "l’étiquette YAML (!…) est mal écrite, et ne serait de toute façon pas acceptée",
                    "retirez l’étiquette ; si la valeur commence par « ! », mettez-la entre guillemets"),
            new Wording("directive|<document start>|incompatible YAML document", LoadCode.SYNTAX,
                    "la ligne qui commence par « % » n’est pas une directive YAML valable, ou n’est pas suivie de « --- »",
                    "retirez-la : une convention n’a pas besoin de directive"),
            new Wording("while scanning an? (anchor|alias)", LoadCode.SYNTAX,
                    "le nom d’une ancre (&nom) ou d’un alias (*nom) s’écrit en lettres, chiffres, « - » et « _ », sans espace avant",
                    "si « & » ou « * » fait partie de la valeur, mettez-la entre guillemets"),
            new Wording("block scalar", LoadCode.SYNTAX,
                    "un bloc de texte s’annonce par « | » ou « > » seul en fin de ligne (suivi au plus de « - », « + » ou d’un chiffre)",
                    "écrivez « | » en fin de ligne et le texte sur les lignes suivantes, indenté de deux espaces de plus"),
            new Wording("Recursive key", LoadCode.ALIAS, "une clé renvoie, par un alias, à la rubrique qui la contient",
                    "écrivez les valeurs en entier au lieu de les répéter par des alias"));

    private YamlProblems() {
    }

    static Diagnostic translate(String problem, String context, Position position) {
        String english = context + "\n" + problem;
        return WORDINGS.stream().filter(wording -> wording.english().matcher(english).find()).findFirst()
                .map(wording -> wording.code().error(position, wording.message(), wording.hint()))
                .orElseGet(() -> LoadCode.SYNTAX.error(position, "le fichier YAML est mal formé à cet endroit",
                        "vérifiez l’indentation et les guillemets autour de cet endroit"));
    }
}
