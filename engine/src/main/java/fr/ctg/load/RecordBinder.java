package fr.ctg.load;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Position;
import fr.ctg.model.DateApproximative;
import fr.ctg.model.YamlValue;
import fr.ctg.model.shape.RecordShape;
import fr.ctg.model.shape.Variant;
import fr.ctg.model.shape.Variants;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern FRENCH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    /** More digits than this before the decimal point is no amount, and would cost the line breaker quadratic time. */
    private static final int MAX_AMOUNT_DIGITS = 15;
    // Possessive: digits and spaces are never given back, so a long run of spaces cannot make matching quadratic.
    private static final Pattern FRENCH_AMOUNT = Pattern.compile("[-+]?[\\d\\s\u00a0\u202f]++(,\\d++)?+\\s*+€?");
    private static final Set<Tag> STANDARD_TAGS = Set.of(
            Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.MAP, Tag.SEQ, Tag.MERGE);

    /** Dates outside these years are typing mistakes ("0203-11-20"); the year 0 would even print as 1. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;

    /** Aliases may make a small file expand into a huge tree; binding stops past this many values. */
    static final int MAX_VALUES = 200_000;

    /**
     * Aliases may also repeat a long text: 19 of them made 5 Mo of text from a 262 Ko file. A convention's text,
     * aliases expanded, stays below this many characters (about 60 times the longest real convention's).
     */
    static final int MAX_TEXT_CHARACTERS = 2_000_000;

    private final SourceMap sources;
    private final List<Diagnostic> diagnostics;
    private final String documentName;
    private final @Nullable VariantDiagnostics variantDiagnostics;
    private final PathWording wording;
    private int boundValues;
    /** Whether a value bound so far carries an anchor (&nom): only then can aliases be what made the file grow. */
    private boolean anchorsSeen;
    private long boundCharacters;
    private boolean stopped;

    RecordBinder(SourceMap sources, List<Diagnostic> diagnostics) {
        this(sources, diagnostics, "la convention", null);
    }

    /**
     * @param documentName how messages name the whole file: "la convention", "l’avenant"
     * @param variants how the file's rules report an item of a sealed type that names no record or several; null when
     *     its model has no sealed type
     */
    RecordBinder(SourceMap sources, List<Diagnostic> diagnostics, String documentName, @Nullable VariantDiagnostics variants) {
        this.sources = sources;
        this.diagnostics = diagnostics;
        this.documentName = documentName;
        this.variantDiagnostics = variants;
        this.wording = new PathWording(sources);
    }

    /** The bound value, or null when the node could not be bound (a diagnostic then says why). */
    @Nullable
    Object bind(Node node, Type type, YamlPath path) {
        if (stopped) {
            return null;
        }
        anchorsSeen |= node.getAnchor() != null;
        if (++boundValues > MAX_VALUES) {
            stopped = true;
            String limit = String.format(Locale.FRANCE, "%,d", MAX_VALUES);
            if (anchorsSeen) {
                error(LoadCode.ALIAS, node, "les alias (*nom) de ce fichier le font grossir au-delà de " + limit + " valeurs ; la suite n’est pas lue",
                        "écrivez les valeurs en entier au lieu de les répéter par des alias");
            } else {
                error(LoadCode.FILE_TOO_LARGE, node, documentName + " compte plus de " + limit + " valeurs ; la suite n’est pas lue",
                        "une convention en compte quelques milliers : séparez ce fichier ou retirez les listes répétées");
            }
            return null;
        }
        if (node instanceof ScalarNode scalar && (boundCharacters += scalar.getValue().length()) > MAX_TEXT_CHARACTERS) {
            stopped = true;
            error(LoadCode.FILE_TOO_LARGE, node, documentName + " dépasse, alias (*nom) développés, "
                            + String.format(Locale.FRANCE, "%,d", MAX_TEXT_CHARACTERS) + " caractères de texte ; la suite n’est pas lue",
                    "écrivez les textes sans les répéter par des alias, ou raccourcissez-les");
            return null;
        }
        record(node, path);
        if (!STANDARD_TAGS.contains(node.getTag())) {
            diagnostics.add(YamlMessages.tagRefused(node.getTag().getValue(), position(node)));
            return null;
        }
        Class<?> target = rawClass(type);
        if (List.class.equals(target)) {
            return bindList(node, ((ParameterizedType) type).getActualTypeArguments()[0], path);
        }
        if (target.isRecord() && !DateApproximative.class.equals(target)) {
            return bindRecord(node, target, path);
        }
        if (target.isSealed()) {
            return bindVariant(node, Variants.of(target), path);
        }
        if (!(node instanceof ScalarNode scalar)) {
            error(LoadCode.TYPE, node, field(path) + " attend " + describe(target) + ", pas " + describe(node),
                    "écrivez la valeur sur la même ligne, après « " + (path.isIndex() ? "-" : path.lastKey() + ":") + " »"
                            + (String.class.equals(target) ? " ; mettez-la entre guillemets si elle commence par « [ », « { » ou « - »" : ""));
            return null;
        }
        return bindScalar(scalar, target, path);
    }

    private List<Object> bindList(Node node, Type itemType, YamlPath path) {
        if (isNull(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            error(LoadCode.TYPE, node, field(path) + " attend une liste, pas " + describe(node),
                    "écrivez un élément par ligne, chacun précédé de « - »");
            return List.of();
        }
        List<Object> items = new ArrayList<>();
        List<Node> values = sequence.getValue();
        for (int i = 0; i < values.size(); i++) {
            Object item = bind(values.get(i), itemType, path.index(i));
            if (item != null) {
                items.add(item);
            }
        }
        return List.copyOf(items);
    }

    @Nullable
    private Object bindRecord(Node node, Class<?> recordClass, YamlPath path) {
        if (!(node instanceof MappingNode mapping) && path.isRoot()) {
            error(LoadCode.TYPE, node, "le fichier doit être fait de lignes « clé: valeur » (id, titre, statut…), pas " + describe(node),
                    "partez de examples/minimale/convention.yaml et complétez-le");
            return null;
        }
        if (!(node instanceof MappingNode mapping)) {
            sectionExpected(node, path);
            return null;
        }
        RecordShape shape = RecordShape.of(recordClass);
        Set<String> suggested = new HashSet<>();
        if (path.isIndex()) {
            recordName(mapping, path);
        }
        Map<String, Node> values = entries(mapping, shape.keys(), path, suggested);
        List<RecordShape.Component> components = shape.components();
        Object[] arguments = new Object[components.size()];
        boolean complete = true;
        for (int i = 0; i < arguments.length; i++) {
            RecordShape.Component component = components.get(i);
            String key = component.key();
            YamlPath fieldPath = path.field(key);
            Node value = values.get(key);
            boolean optional = component.nullable();
            if (value == null || (isNull(value) && !String.class.equals(component.rawType()))) {
                if (component.isList()) {
                    arguments[i] = List.of();
                } else if (!optional) {
                    complete = false;
                    // a misspelt key already points at this field: saying it is missing too would repeat it
                    if (!(value == null && suggested.contains(key))) {
                        error(LoadCode.MISSING_FIELD, value == null ? mapping : value, "le champ obligatoire « " + key + " » "
                                + (value == null ? "manque dans " : "est vide dans ") + section(path), "ajoutez une ligne « " + key + ": ... »");
                    }
                } else if (value != null) {
                    record(value, fieldPath);
                }
                continue;
            }
            if (optional && value instanceof ScalarNode s && isDate(component.rawType()) && Placeholders.isPlaceholder(s.getValue())) {
                record(value, fieldPath);
                continue;
            }
            Object bound = bind(value, component.type(), fieldPath);
            if (bound == null && !optional) {
                complete = false;
            }
            arguments[i] = bound;
        }
        return complete ? shape.newInstance(arguments) : null;
    }

    /**
     * An item of a sealed type: one key naming the record, its value below. Keys left empty ({@code prolongation:}) name
     * nothing; an item naming no record or several is reported in the words of the file's rules.
     */
    @Nullable
    private Object bindVariant(Node node, Variants variants, YamlPath path) {
        if (!(node instanceof MappingNode mapping)) {
            sectionExpected(node, path);
            return null;
        }
        int problems = diagnostics.size();
        Map<String, Node> values = entries(mapping, variants.keys(), path, new HashSet<>());
        boolean wellKeyed = diagnostics.size() == problems;
        List<String> named = new ArrayList<>();
        Object record = null;
        for (Variant variant : variants.all()) {
            Node value = values.get(variant.key());
            if (value == null) {
                continue;
            }
            YamlPath valuePath = path.field(variant.key());
            if (isNull(value)) {
                record(value, valuePath);
                continue;
            }
            named.add(variant.key());
            Object bound = bind(value, variant.valueType(), valuePath);
            record = bound == null ? null : variant.instanceOf(bound);
        }
        if (named.size() == 1) {
            return record;
        }
        if (variantDiagnostics == null) {
            throw new IllegalStateException("type scellé sans diagnostics de chargement : " + variants.keys());
        }
        if (named.size() > 1) {
            diagnostics.add(variantDiagnostics.severalKeys(position(node), rank(path), named));
        } else if (wellKeyed) {
            // a misspelt or repeated key is already reported: saying the item names no type would repeat it
            diagnostics.add(variantDiagnostics.noKey(position(node), rank(path)));
        }
        return null;
    }

    /**
     * The values of a mapping by key, each key checked: a simple word, given once, one of {@code keys}. A misspelt key
     * close to an expected one goes into {@code suggested}.
     */
    private Map<String, Node> entries(MappingNode mapping, List<String> keys, YamlPath path, Set<String> suggested) {
        Map<String, Node> values = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (NodeTuple entry : mapping.getValue()) {
            Node keyNode = entry.getKeyNode();
            String key = keyNode instanceof ScalarNode s ? s.getValue() : null;
            if (key == null || key.equals("<<")) {
                error(LoadCode.KEY, keyNode, "une clé doit être un simple mot, comme « nom » ou « date »",
                        "remplacez cette clé par l’un des champs attendus : " + String.join(", ", keys));
                continue;
            }
            if (!seen.add(key)) {
                error(LoadCode.DUPLICATE_KEY, keyNode, "la clé « " + key + " » apparaît deux fois dans la même rubrique",
                        "gardez une seule ligne « " + key + ": » et supprimez l’autre");
                continue;
            }
            if (!keys.contains(key)) {
                Optional<String> suggestion = Suggestions.closest(key, keys);
                suggestion.ifPresent(suggested::add);
                error(LoadCode.UNKNOWN_FIELD, keyNode, "le champ « " + key + " » n’existe pas dans " + section(path),
                        suggestion.map(s -> "vouliez-vous dire « " + s + " » ?")
                                .orElse("champs possibles ici : " + String.join(", ", keys)));
                continue;
            }
            values.put(key, entry.getValueNode());
        }
        return values;
    }

    private void sectionExpected(Node node, YamlPath path) {
        error(LoadCode.TYPE, node, field(path) + " attend une rubrique (des lignes « clé: valeur »), pas " + describe(node),
                "écrivez les champs de la rubrique sur les lignes suivantes, indentés de deux espaces de plus");
    }

    /** The rank from 1 of the list item a path ends in: 2 for {@code modifications[1]}. */
    private static int rank(YamlPath path) {
        return path.isIndex() ? path.lastIndex() + 1 : 1;
    }

    @Nullable
    private Object bindScalar(ScalarNode node, Class<?> type, YamlPath path) {
        String text = node.getValue();
        if (String.class.equals(type)) {
            Optional<InvisibleCharacters.Found> invisible = InvisibleCharacters.first(text);
            if (invisible.isPresent()) {
                int index = invisible.get().index();
                String before = text.substring(Math.max(0, index - 30), index).strip();
                error(LoadCode.ENCODING, node, field(path) + " contient un caractère invisible (" + invisible.get().description() + ")"
                        + (before.isEmpty() ? " au début" : " après « " + before + " »"),
                        "retapez la valeur sans ce caractère (souvent collé depuis un autre document)");
                return null;
            }
            return isNull(node) ? "" : text;
        }
        if (Integer.class.equals(type) || int.class.equals(type)) {
            if (INTEGER.matcher(text).matches()) {
                return Integer.valueOf(text);
            }
            error(LoadCode.TYPE, node, field(path) + " attend un nombre entier, pas « " + text + " »",
                    "écrivez un nombre sans décimales, par exemple 6");
            return null;
        }
        if (BigDecimal.class.equals(type)) {
            return bindAmount(node, path);
        }
        if (LocalDate.class.equals(type)) {
            return bindDate(node, path);
        }
        if (DateApproximative.class.equals(type)) {
            Optional<DateApproximative> date = DateApproximative.read(text);
            if (date.isEmpty()) {
                error(LoadCode.INVALID_DATE, node, "« " + text + " » n’est pas une date de début reconnue",
                        "écrivez une année (2023), un trimestre (2023-T2), un mois (2023-04) ou un jour (2023-04-15)");
            }
            return date.orElse(null);
        }
        if (type.isEnum() && YamlValue.class.isAssignableFrom(type)) {
            return bindEnum(node, type, path);
        }
        throw new IllegalStateException("type de champ non pris en charge : " + type);
    }

    @Nullable
    private BigDecimal bindAmount(ScalarNode node, YamlPath path) {
        String text = node.getValue();
        if (DECIMAL.matcher(text).matches()) {
            int digits = text.replaceFirst("^[-+]", "").replaceFirst("\\..*", "").replaceFirst("^0+(?=.)", "").length();
            if (digits > MAX_AMOUNT_DIGITS) {
                error(LoadCode.INVALID_NUMBER, node, field(path) + " a " + NumberFormat.getIntegerInstance(Locale.FRANCE).format(digits) + " chiffres avant le point décimal : au-delà de "
                        + MAX_AMOUNT_DIGITS + " (un million de milliards d’euros), ce n’est pas un montant",
                        "vérifiez le montant : un point décimal oublié, des chiffres collés deux fois ?");
                return null;
            }
            return new BigDecimal(text);
        }
        String hint = FRENCH_AMOUNT.matcher(text).matches()
                ? "écrivez le montant sans espace ni symbole, avec un point décimal : " + text.replaceAll("[\\s\u00a0\u202f€]", "").replace(',', '.')
                : "écrivez un montant en chiffres avec un point décimal, par exemple 2585.73";
        error(LoadCode.INVALID_NUMBER, node, field(path) + " attend un montant, pas « " + text + " »", hint);
        return null;
    }

    @Nullable
    private LocalDate bindDate(ScalarNode node, YamlPath path) {
        String text = node.getValue();
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.matches()) {
            int year = Integer.parseInt(iso.group(1));
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                error(LoadCode.INVALID_DATE, node, "la date « " + text + " » est hors des années possibles pour une convention ("
                        + FIRST_YEAR + " à " + LAST_YEAR + ")", "vérifiez l’année (format AAAA-MM-JJ)");
                return null;
            }
            try {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            } catch (DateTimeException e) {
                error(LoadCode.INVALID_DATE, node, "la date « " + text + " » n’existe pas dans le calendrier",
                        "vérifiez le jour et le mois (format AAAA-MM-JJ)");
                return null;
            }
        }
        Matcher french = FRENCH_DATE.matcher(text);
        String hint = french.matches()
                ? "écrivez la date au format AAAA-MM-JJ : " + french.group(3) + "-" + twoDigits(french.group(2)) + "-" + twoDigits(french.group(1))
                : "écrivez la date au format AAAA-MM-JJ, par exemple 2022-01-01";
        error(LoadCode.INVALID_DATE, node, field(path) + " attend une date, pas « " + text + " »", hint);
        return null;
    }

    @Nullable
    private Object bindEnum(ScalarNode node, Class<?> type, YamlPath path) {
        String text = node.getValue();
        List<String> allowed = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            String yaml = ((YamlValue) constant).yaml();
            if (yaml.equals(text)) {
                return constant;
            }
            allowed.add(yaml);
        }
        String hint = Suggestions.closest(text, allowed)
                .map(s -> "vouliez-vous dire « " + s + " » ?")
                .orElse("valeurs possibles : " + String.join(", ", allowed));
        error(LoadCode.UNKNOWN_VALUE, node, "« " + text + " » n’est pas une valeur possible pour " + field(path), hint);
        return null;
    }

    private static String twoDigits(String number) {
        return number.length() == 1 ? "0" + number : number;
    }

    private static boolean isDate(Class<?> type) {
        return LocalDate.class.equals(type) || DateApproximative.class.equals(type);
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    private void record(Node node, YamlPath path) {
        sources.record(path, position(node), node instanceof ScalarNode s ? s.getValue() : null);
    }

    /** Records the item's id or number before its fields are bound, so that messages about them can name it. */
    private void recordName(MappingNode item, YamlPath path) {
        for (NodeTuple entry : item.getValue()) {
            if (entry.getKeyNode() instanceof ScalarNode key && PathWording.NAMING_KEYS.contains(key.getValue())
                    && entry.getValueNode() instanceof ScalarNode value) {
                record(value, path.field(key.getValue()));
            }
        }
    }

    private void error(LoadCode code, Node node, String message, @Nullable String hint) {
        diagnostics.add(code.error(position(node), message, hint));
    }

    private Position position(Node node) {
        return new Position(sources.file(), node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1,
                node.getEndMark().getLine() + 1, node.getEndMark().getColumn() + 1);
    }

    private static Class<?> rawClass(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    /** How a message names the value at a path: « nom », or l’élément 2 de « visas » for a list item. */
    private static String field(YamlPath path) {
        if (path.isIndex()) {
            return "l’élément " + (path.lastIndex() + 1) + " de « " + path.lastKey() + " »";
        }
        return "« " + path.lastKey() + " »";
    }

    private String section(YamlPath path) {
        return path.isRoot() ? documentName : wording.section(path);
    }

    private static String describe(Class<?> type) {
        if (String.class.equals(type)) {
            return "un texte";
        }
        if (LocalDate.class.equals(type) || DateApproximative.class.equals(type)) {
            return "une date";
        }
        if (BigDecimal.class.equals(type) || Integer.class.equals(type) || int.class.equals(type)) {
            return "un nombre";
        }
        if (type.isEnum()) {
            return "l’une des valeurs " + Arrays.stream(type.getEnumConstants())
                    .map(c -> ((YamlValue) c).yaml()).collect(Collectors.joining(", "));
        }
        return "une valeur simple";
    }

    private static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "une rubrique";
        }
        if (node instanceof SequenceNode) {
            return "une liste";
        }
        return "« " + ((ScalarNode) node).getValue() + " »";
    }
}
