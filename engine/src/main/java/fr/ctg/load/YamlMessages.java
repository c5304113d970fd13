package fr.ctg.load;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Position;

/** Puts SnakeYAML's English syntax errors into the words legal staff use. */
final class YamlMessages {

    private YamlMessages() {
    }

    static Diagnostic translate(String probleme, Position position) {
        String p = probleme == null ? "" : probleme;
        if (p.contains("\\t(TAB)") || p.contains("'\\t'")) {
            return Diagnostic.error("CTG-YAML-TABULATION", position, "une tabulation sert ici d’indentation, ce que YAML interdit",
                    "remplacez les tabulations par des espaces (deux espaces par niveau)");
        }
        if (p.contains("aliases")) {
            return Diagnostic.error("CTG-YAML-ALIAS", position,
                    "le fichier répète trop d’alias (*nom) : plus de " + YamlReader.MAX_ALIASES + " sont refusés",
                    "écrivez les valeurs en entier au lieu de les répéter par des alias");
        }
        if (p.contains("Nesting Depth")) {
            return Diagnostic.error("CTG-YAML-PROFONDEUR", position,
                    "les rubriques sont imbriquées trop profondément (plus de " + YamlReader.MAX_DEPTH + " niveaux)",
                    "une convention n’a que quelques niveaux : vérifiez l’indentation");
        }
        if (p.contains("found undefined alias")) {
            return Diagnostic.error("CTG-YAML-SYNTAXE", position, "cet alias (*nom) ne renvoie à aucune ancre (&nom) définie plus haut",
                    "définissez l’ancre avant l’alias, ou écrivez la valeur en entier");
        }
        if (p.contains("mapping values are not allowed here")) {
            return Diagnostic.error("CTG-YAML-SYNTAXE", position, "« : » inattendu à cet endroit",
                    "si la valeur contient « : », mettez-la entre guillemets ; sinon vérifiez l’indentation de la ligne");
        }
        if (p.contains("could not find expected ':'")) {
            return Diagnostic.error("CTG-YAML-SYNTAXE", position, "il manque « : » après une clé",
                    "écrivez chaque champ sous la forme « clé: valeur »");
        }
        if (p.contains("expected <block end>") || p.contains("did not find expected key")
                || p.contains("did not find expected '-' indicator")) {
            return Diagnostic.error("CTG-YAML-INDENTATION", position, "l’indentation de cette ligne ne correspond à aucune rubrique ouverte",
                    "alignez la ligne sur les autres champs de la même rubrique (même nombre d’espaces)");
        }
        if (p.contains("found unexpected end of stream") || p.contains("found unknown escape character")
                || p.contains("expected ',' or ']'") || p.contains("expected ',' or '}'")) {
            return Diagnostic.error("CTG-YAML-SYNTAXE", position, "un guillemet ou un crochet ouvert n’est pas refermé",
                    "refermez le guillemet (\") ou le crochet (] ou }) ouvert avant cet endroit");
        }
        if (p.contains("special characters are not allowed") || p.contains("control characters are not allowed")) {
            return Diagnostic.error("CTG-YAML-ENCODAGE", position, "le fichier contient un caractère de contrôle invisible",
                    "supprimez ce caractère (souvent collé depuis un autre document)");
        }
        return Diagnostic.error("CTG-YAML-SYNTAXE", position, "le fichier YAML est mal formé : " + p.strip(),
                "vérifiez l’indentation et les guillemets autour de cet endroit");
    }
}
