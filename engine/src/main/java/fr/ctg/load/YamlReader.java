package fr.ctg.load;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Position;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads a YAML file into a tree of nodes, safely: bounded size, strict UTF-8, no object
 * construction at all (only composition), bounded aliases and nesting, no alias containing itself.
 * Every problem becomes a French diagnostic with its position.
 */
public final class YamlReader {

    /** Larger files are refused before being read: a real convention is about 60 KB. */
    public static final long MAX_SIZE_BYTES = 5L * 1024 * 1024;
    static final int MAX_ALIASES = 20;
    static final int MAX_DEPTH = 40;

    /** The root node, or empty with the diagnostics saying why there is none. */
    public Optional<Node> read(SourceFile source, List<Diagnostic> diagnostics) {
        Path file = source.path();
        if (source.isTooLarge()) {
            diagnostics.add(LoadCode.FILE_TOO_LARGE.error(new Position(file, 1, 1),
                    "le fichier fait " + kilobytes(source.size()) + ", au-delà de la limite de " + kilobytes(MAX_SIZE_BYTES),
                    "une convention tient en quelques dizaines de Ko : vérifiez qu’il s’agit du bon fichier"));
            return Optional.empty();
        }
        return decode(file, source.bytes(), diagnostics).flatMap(text -> compose(file, text, diagnostics));
    }

    private Optional<String> decode(Path file, byte[] bytes, List<Diagnostic> diagnostics) {
        Optional<String> otherEncoding = UnicodeMarks.encodingOtherThanUtf8(bytes);
        if (otherEncoding.isPresent()) {
            diagnostics.add(LoadCode.ENCODING.error(new Position(file, 1, 1),
                    "le fichier est encodé en " + otherEncoding.get() + ", pas en UTF-8",
                    "enregistrez le fichier en UTF-8 depuis votre éditeur (« Enregistrer sous » > encodage UTF-8)"));
            return Optional.empty();
        }
        int start = UnicodeMarks.utf8MarkLength(bytes);
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                diagnostics.add(LoadCode.BINARY.error(bytePosition(file, bytes, start, i),
                        "le fichier contient des données binaires, ce n’est pas un fichier texte YAML",
                        "vérifiez qu’il s’agit bien du fichier convention.yaml et non d’un document Word ou PDF"));
                return Optional.empty();
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return Optional.of(decoder.decode(buffer).toString());
        } catch (CharacterCodingException e) {
            // on failure the buffer stands at the first byte that could not be decoded
            diagnostics.add(LoadCode.ENCODING.error(bytePosition(file, bytes, start, buffer.position()),
                    "le fichier n’est pas encodé en UTF-8 (octet invalide à cet endroit)",
                    "enregistrez le fichier en UTF-8 depuis votre éditeur (« Enregistrer sous » > encodage UTF-8)"));
            return Optional.empty();
        }
    }

    /** Rounded up, so that a file just over the limit never reads as being at it. */
    private static String kilobytes(long bytes) {
        return String.format(Locale.FRANCE, "%,d", (bytes + 1023) / 1024) + "\u00a0Ko";
    }

    /** Line and column of a byte, counting characters rather than bytes. */
    private static Position bytePosition(Path file, byte[] bytes, int start, int index) {
        int line = 1;
        int column = 1;
        for (int i = start; i < index; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Position(file, line, column);
    }

    private Optional<Node> compose(Path file, String text, List<Diagnostic> diagnostics) {
        YamlMessages messages = new YamlMessages(file, text);
        Optional<Diagnostic> lineBreak = messages.unicodeLineBreak();
        if (lineBreak.isPresent()) {
            diagnostics.add(lineBreak.get());
            return Optional.empty();
        }
        Node root;
        try {
            root = new Yaml(options()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            diagnostics.add(messages.translate(e));
            return Optional.empty();
        } catch (ReaderException e) {
            diagnostics.add(messages.translate(e));
            return Optional.empty();
        } catch (YAMLException e) {
            diagnostics.add(messages.translate(e));
            return Optional.empty();
        }
        if (root == null) {
            diagnostics.add(LoadCode.EMPTY.error(new Position(file, 1, 1), "le fichier est vide",
                    "partez de examples/minimale/convention.yaml et complétez-le"));
            return Optional.empty();
        }
        Optional<Node> recursive = RecursiveAliases.find(root);
        if (recursive.isPresent()) {
            Node node = recursive.get();
            diagnostics.add(LoadCode.ALIAS.error(
                    new Position(file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1),
                    "l’ancre « &" + node.getAnchor() + " » se contient elle-même : un alias (*" + node.getAnchor()
                            + ") y renvoie à la liste ou à la rubrique qui le contient",
                    "écrivez les valeurs en entier au lieu de les répéter par des alias"));
            return Optional.empty();
        }
        return Optional.of(root);
    }

    static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit((int) MAX_SIZE_BYTES);
        options.setProcessComments(false);
        options.setWrappedToRootException(false);
        return options;
    }
}
