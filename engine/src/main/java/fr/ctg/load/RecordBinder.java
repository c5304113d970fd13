package fr.ctg.load;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Position;
import fr.ctg.model.DateApproximative;
import fr.ctg.model.YamlValue;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Binds a composed YAML tree to the model's records, reporting every mismatch with its position and
 * remembering where each value came from. Keys are the record components in snake_case; a component
 * marked {@link Nullable} may be left out; lists may be left out and are then empty.
 */
final class RecordBinder {

    private static final Pattern DATE_ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DATE_FRANCAISE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ENTIER = Pattern.compile("[-+]?\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final Set<Tag> ETIQUETTES_STANDARD = Set.of(
            Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.MAP, Tag.SEQ, Tag.MERGE);

    /** Aliases may make a small file expand into a huge tree; binding stops past this many values. */
    static final int MAX_VALUES = 200_000;
    private static final int MAX_DEPTH = 40;

    private final SourceMap sources;
    private final List<Diagnostic> diagnostics;
    private int valeursLiees;
    private int profondeur;
    private boolean arrete;

    RecordBinder(SourceMap sources, List<Diagnostic> diagnostics) {
        this.sources = sources;
        this.diagnostics = diagnostics;
    }

    /** The bound value, or null when the node could not be bound (a diagnostic then says why). */
    @Nullable
    Object bind(Node noeud, Type type, String chemin) {
        if (arrete) {
            return null;
        }
        if (++valeursLiees > MAX_VALUES || profondeur >= MAX_DEPTH) {
            arrete = true;
            error("CTG-YAML-ALIAS", noeud, "les alias (*nom) de ce fichier le font grossir au-delà de " + MAX_VALUES
                    + " valeurs ou de " + MAX_DEPTH + " niveaux", "écrivez les valeurs en entier au lieu de les répéter par des alias");
            return null;
        }
        profondeur++;
        try {
            return bindNode(noeud, type, chemin);
        } finally {
            profondeur--;
        }
    }

    @Nullable
    private Object bindNode(Node noeud, Type type, String chemin) {
        record(noeud, chemin);
        if (!ETIQUETTES_STANDARD.contains(noeud.getTag())) {
            error("CTG-YAML-ETIQUETTE", noeud, "l’étiquette YAML « " + noeud.getTag().getValue() + " » n’est pas acceptée",
                    "retirez l’étiquette : le fichier ne contient que du texte, des nombres, des dates, des listes et des rubriques");
            return null;
        }
        Class<?> classe = classeDe(type);
        if (List.class.equals(classe)) {
            return bindList(noeud, ((ParameterizedType) type).getActualTypeArguments()[0], chemin);
        }
        if (classe.isRecord() && !DateApproximative.class.equals(classe)) {
            return bindRecord(noeud, classe, chemin);
        }
        if (!(noeud instanceof ScalarNode scalaire)) {
            error("CTG-TYPE", noeud, "« " + nomDuChamp(chemin) + " » attend " + descriptionDe(classe) + ", pas " + descriptionDe(noeud),
                    null);
            return null;
        }
        return bindScalar(scalaire, classe, chemin);
    }

    private List<Object> bindList(Node noeud, Type typeElement, String chemin) {
        if (estNul(noeud)) {
            return List.of();
        }
        if (!(noeud instanceof SequenceNode sequence)) {
            error("CTG-TYPE", noeud, "« " + nomDuChamp(chemin) + " » attend une liste, pas " + descriptionDe(noeud),
                    "écrivez un élément par ligne, chacun précédé de « - »");
            return List.of();
        }
        List<Object> elements = new ArrayList<>();
        List<Node> valeurs = sequence.getValue();
        for (int i = 0; i < valeurs.size(); i++) {
            Object element = bind(valeurs.get(i), typeElement, chemin + "[" + i + "]");
            if (element != null) {
                elements.add(element);
            }
        }
        return List.copyOf(elements);
    }

    @Nullable
    private Object bindRecord(Node noeud, Class<?> classe, String chemin) {
        if (!(noeud instanceof MappingNode rubrique)) {
            error("CTG-TYPE", noeud, "« " + nomDuChamp(chemin) + " » attend une rubrique (des lignes « clé: valeur »), pas "
                    + descriptionDe(noeud), null);
            return null;
        }
        RecordComponent[] composants = classe.getRecordComponents();
        Map<String, RecordComponent> parCle = new LinkedHashMap<>();
        for (RecordComponent composant : composants) {
            parCle.put(YamlNames.key(composant.getName()), composant);
        }
        Map<String, Node> valeurs = new LinkedHashMap<>();
        Set<String> vues = new HashSet<>();
        for (NodeTuple paire : rubrique.getValue()) {
            Node noeudCle = paire.getKeyNode();
            String key = noeudCle instanceof ScalarNode s ? s.getValue() : null;
            if (key == null || key.equals("<<")) {
                error("CTG-YAML-CLE", noeudCle, "une clé doit être un simple mot, comme « nom » ou « date »",
                        "remplacez cette clé par l’un des champs attendus : " + String.join(", ", parCle.keySet()));
                continue;
            }
            if (!vues.add(key)) {
                error("CTG-YAML-CLE-DOUBLE", noeudCle, "la clé « " + key + " » apparaît deux fois dans la même rubrique",
                        "gardez une seule ligne « " + key + ": » et supprimez l’autre");
                continue;
            }
            if (!parCle.containsKey(key)) {
                String hint = Suggestions.closest(key, parCle.keySet())
                        .map(s -> "vouliez-vous dire « " + s + " » ?")
                        .orElse("champs possibles ici : " + String.join(", ", parCle.keySet()));
                error("CTG-CHAMP-INCONNU", noeudCle, "le champ « " + key + " » n’existe pas dans " + rubriqueDe(chemin), hint);
                continue;
            }
            valeurs.put(key, paire.getValueNode());
        }
        Object[] arguments = new Object[composants.length];
        boolean complet = true;
        for (int i = 0; i < composants.length; i++) {
            RecordComponent composant = composants[i];
            String key = YamlNames.key(composant.getName());
            String cheminChamp = chemin.isEmpty() ? key : chemin + "." + key;
            Node valeur = valeurs.get(key);
            boolean facultatif = composant.getAnnotatedType().isAnnotationPresent(Nullable.class);
            if (valeur == null || (estNul(valeur) && !String.class.equals(composant.getType()))) {
                if (List.class.equals(composant.getType())) {
                    arguments[i] = List.of();
                } else if (!facultatif) {
                    Node ou = valeur == null ? rubrique : valeur;
                    error("CTG-CHAMP-MANQUANT", ou, "le champ obligatoire « " + key + " » " + (valeur == null ? "manque dans " : "est vide dans ")
                            + rubriqueDe(chemin), "ajoutez une ligne « " + key + ": ... »");
                    complet = false;
                } else if (valeur != null) {
                    record(valeur, cheminChamp);
                }
                continue;
            }
            if (facultatif && valeur instanceof ScalarNode s && estDate(composant.getType())
                    && Placeholders.isPlaceholder(s.getValue())) {
                record(valeur, cheminChamp);
                continue;
            }
            Object lie = bind(valeur, composant.getGenericType(), cheminChamp);
            if (lie == null && !facultatif) {
                complet = false;
            }
            arguments[i] = lie;
        }
        if (!complet) {
            return null;
        }
        try {
            Constructor<?> constructeur = classe.getDeclaredConstructor(
                    Arrays.stream(composants).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return constructeur.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("record non instanciable : " + classe, e);
        }
    }

    @Nullable
    private Object bindScalar(ScalarNode noeud, Class<?> classe, String chemin) {
        String texte = noeud.getValue();
        if (String.class.equals(classe)) {
            return estNul(noeud) ? "" : texte;
        }
        if (Integer.class.equals(classe) || int.class.equals(classe)) {
            if (ENTIER.matcher(texte).matches()) {
                return Integer.valueOf(texte);
            }
            error("CTG-TYPE", noeud, "« " + nomDuChamp(chemin) + " » attend un nombre entier, pas « " + texte + " »",
                    "écrivez un nombre sans décimales, par exemple 6");
            return null;
        }
        if (BigDecimal.class.equals(classe)) {
            return bindAmount(noeud, chemin);
        }
        if (LocalDate.class.equals(classe)) {
            return bindDate(noeud, chemin);
        }
        if (DateApproximative.class.equals(classe)) {
            Optional<DateApproximative> date = DateApproximative.read(texte);
            if (date.isEmpty()) {
                error("CTG-DATE-INVALIDE", noeud, "« " + texte + " » n’est pas une date de début reconnue",
                        "écrivez une année (2023), un trimestre (2023-T2), un mois (2023-04) ou un jour (2023-04-15)");
            }
            return date.orElse(null);
        }
        if (classe.isEnum() && YamlValue.class.isAssignableFrom(classe)) {
            return bindEnum(noeud, classe, chemin);
        }
        throw new IllegalStateException("type de champ non pris en charge : " + classe);
    }

    @Nullable
    private BigDecimal bindAmount(ScalarNode noeud, String chemin) {
        String texte = noeud.getValue();
        if (DECIMAL.matcher(texte).matches()) {
            return new BigDecimal(texte);
        }
        String hint = texte.matches("[-+]?[\\d\\s\u00a0\u202f]+(,\\d+)?\\s*€?")
                ? "écrivez le montant sans espace ni symbole, avec un point décimal : " + texte.replaceAll("[\\s\u00a0\u202f€]", "").replace(',', '.')
                : "écrivez un montant en chiffres avec un point décimal, par exemple 2585.73";
        error("CTG-NOMBRE-INVALIDE", noeud, "« " + nomDuChamp(chemin) + " » attend un montant, pas « " + texte + " »", hint);
        return null;
    }

    @Nullable
    private LocalDate bindDate(ScalarNode noeud, String chemin) {
        String texte = noeud.getValue();
        Matcher iso = DATE_ISO.matcher(texte);
        if (iso.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            } catch (DateTimeException e) {
                error("CTG-DATE-INVALIDE", noeud, "la date « " + texte + " » n’existe pas dans le calendrier",
                        "vérifiez le jour et le mois (format AAAA-MM-JJ)");
                return null;
            }
        }
        Matcher francaise = DATE_FRANCAISE.matcher(texte);
        String hint = francaise.matches()
                ? "écrivez la date au format AAAA-MM-JJ : " + francaise.group(3) + "-" + deuxChiffres(francaise.group(2)) + "-"
                        + deuxChiffres(francaise.group(1))
                : "écrivez la date au format AAAA-MM-JJ, par exemple 2022-01-01";
        error("CTG-DATE-INVALIDE", noeud, "« " + nomDuChamp(chemin) + " » attend une date, pas « " + texte + " »", hint);
        return null;
    }

    @Nullable
    private Object bindEnum(ScalarNode noeud, Class<?> classe, String chemin) {
        String texte = noeud.getValue();
        List<String> possibles = new ArrayList<>();
        for (Object constante : classe.getEnumConstants()) {
            String yaml = ((YamlValue) constante).yaml();
            if (yaml.equals(texte)) {
                return constante;
            }
            possibles.add(yaml);
        }
        String hint = Suggestions.closest(texte, possibles)
                .map(s -> "vouliez-vous dire « " + s + " » ?")
                .orElse("valeurs possibles : " + String.join(", ", possibles));
        error("CTG-VALEUR-INCONNUE", noeud, "« " + texte + " » n’est pas une valeur possible pour « " + nomDuChamp(chemin) + " »", hint);
        return null;
    }

    private static String deuxChiffres(String nombre) {
        return nombre.length() == 1 ? "0" + nombre : nombre;
    }

    private static boolean estDate(Class<?> classe) {
        return LocalDate.class.equals(classe) || DateApproximative.class.equals(classe);
    }

    private static boolean estNul(Node noeud) {
        return noeud instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    private void record(Node noeud, String chemin) {
        sources.record(chemin, position(noeud), noeud instanceof ScalarNode s ? s.getValue() : null);
    }

    private void error(String code, Node noeud, String message, @Nullable String hint) {
        diagnostics.add(Diagnostic.error(code, position(noeud), message, hint));
    }

    private Position position(Node noeud) {
        return new Position(sources.file(), noeud.getStartMark().getLine() + 1, noeud.getStartMark().getColumn() + 1);
    }

    private static Class<?> classeDe(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static String nomDuChamp(String chemin) {
        String dernier = chemin.substring(Math.max(chemin.lastIndexOf('.'), -1) + 1);
        return dernier.replaceAll("\\[\\d+]", "");
    }

    private static String rubriqueDe(String chemin) {
        return chemin.isEmpty() ? "la convention" : "la rubrique « " + chemin + " »";
    }

    private static String descriptionDe(Class<?> classe) {
        if (String.class.equals(classe)) {
            return "un texte";
        }
        if (LocalDate.class.equals(classe) || DateApproximative.class.equals(classe)) {
            return "une date";
        }
        if (BigDecimal.class.equals(classe) || Integer.class.equals(classe) || int.class.equals(classe)) {
            return "un nombre";
        }
        if (classe.isEnum()) {
            return "l’une des valeurs " + Arrays.stream(classe.getEnumConstants())
                    .map(c -> ((YamlValue) c).yaml()).collect(Collectors.joining(", "));
        }
        return "une valeur simple";
    }

    private static String descriptionDe(Node noeud) {
        if (noeud instanceof MappingNode) {
            return "une rubrique";
        }
        if (noeud instanceof SequenceNode) {
            return "une liste";
        }
        return "« " + ((ScalarNode) noeud).getValue() + " »";
    }
}
