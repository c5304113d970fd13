package fr.ctg.load;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Position;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a YAML file into a tree of nodes, safely: bounded size, strict UTF-8, no object
 * construction at all (only composition), bounded aliases and nesting. Every problem becomes a
 * French diagnostic with its position.
 */
public final class YamlReader {

    /** Larger files are refused before being read: a real convention is about 60 KB. */
    public static final long MAX_SIZE_BYTES = 5L * 1024 * 1024;
    static final int MAX_ALIASES = 20;
    static final int MAX_DEPTH = 40;

    /** The root node, or empty with the diagnostics saying why there is none. */
    public Optional<Node> read(Path file, List<Diagnostic> diagnostics) throws UnreadableInputException {
        Position debut = new Position(file, 1, 1);
        byte[] octets;
        try {
            if (Files.isDirectory(file)) {
                throw new UnreadableInputException(file + " est un dossier, pas un fichier YAML", null);
            }
            long taille = Files.size(file);
            if (taille > MAX_SIZE_BYTES) {
                diagnostics.add(Diagnostic.error("CTG-YAML-TAILLE", debut,
                        "le fichier fait " + (taille / 1024) + " Ko, au-delà de la limite de " + (MAX_SIZE_BYTES / 1024) + " Ko",
                        "une convention tient en quelques dizaines de Ko : vérifiez qu’il s’agit du bon fichier"));
                return Optional.empty();
            }
            octets = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException("le fichier " + file + " n’existe pas", e);
        } catch (IOException e) {
            throw new UnreadableInputException("le fichier " + file + " ne peut pas être lu (" + e.getMessage() + ")", e);
        }
        Optional<String> texte = decoder(file, octets, diagnostics);
        if (texte.isEmpty()) {
            return Optional.empty();
        }
        return composer(file, texte.get(), diagnostics);
    }

    private Optional<String> decoder(Path file, byte[] octets, List<Diagnostic> diagnostics) {
        int debut = octets.length >= 3 && (octets[0] & 0xff) == 0xEF && (octets[1] & 0xff) == 0xBB && (octets[2] & 0xff) == 0xBF ? 3 : 0;
        for (int i = debut; i < octets.length; i++) {
            if (octets[i] == 0) {
                diagnostics.add(Diagnostic.error("CTG-YAML-BINAIRE", positionOctet(file, octets, debut, i),
                        "le fichier contient des données binaires, ce n’est pas un fichier texte YAML",
                        "vérifiez qu’il s’agit bien du fichier convention.yaml et non d’un document Word ou PDF"));
                return Optional.empty();
            }
        }
        CharsetDecoder decodeur = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer tampon = ByteBuffer.wrap(octets, debut, octets.length - debut);
        try {
            return Optional.of(decodeur.decode(tampon).toString());
        } catch (MalformedInputException e) {
            diagnostics.add(Diagnostic.error("CTG-YAML-ENCODAGE", positionOctet(file, octets, debut, tampon.position()),
                    "le fichier n’est pas encodé en UTF-8 (octet invalide à cet endroit)",
                    "enregistrez le fichier en UTF-8 depuis votre éditeur (« Enregistrer sous » > encodage UTF-8)"));
            return Optional.empty();
        } catch (CharacterCodingException e) {
            diagnostics.add(Diagnostic.error("CTG-YAML-ENCODAGE", new Position(file, 1, 1),
                    "le fichier n’est pas encodé en UTF-8", "enregistrez le fichier en UTF-8"));
            return Optional.empty();
        }
    }

    private static Position positionOctet(Path file, byte[] octets, int debut, int index) {
        int line = 1;
        int column = 1;
        for (int i = debut; i < index; i++) {
            if (octets[i] == '\n') {
                line++;
                column = 1;
            } else if ((octets[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Position(file, line, column);
    }

    private Optional<Node> composer(Path file, String texte, List<Diagnostic> diagnostics) {
        Yaml yaml = new Yaml(options());
        try {
            Node racine = yaml.compose(new StringReader(texte));
            if (racine == null) {
                diagnostics.add(Diagnostic.error("CTG-YAML-VIDE", new Position(file, 1, 1), "le fichier est vide",
                        "partez de examples/minimale/convention.yaml et complétez-le"));
                return Optional.empty();
            }
            return Optional.of(racine);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Position position = mark == null ? new Position(file, 1, 1) : new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
            diagnostics.add(YamlMessages.translate(e.getProblem() == null ? e.getMessage() : e.getProblem(), position));
        } catch (YAMLException e) {
            diagnostics.add(YamlMessages.translate(e.getMessage(), positionDernierAlias(file, texte)));
        }
        return Optional.empty();
    }

    /** SnakeYAML reports the alias limit without a position; find the alias that went over it. */
    private Position positionDernierAlias(Path file, String texte) {
        int alias = 0;
        Position derniere = new Position(file, 1, 1);
        try {
            for (Event evenement : new Yaml(options()).parse(new StringReader(texte))) {
                if (evenement instanceof AliasEvent) {
                    derniere = new Position(file, evenement.getStartMark().getLine() + 1, evenement.getStartMark().getColumn() + 1);
                    if (++alias > MAX_ALIASES) {
                        break;
                    }
                }
            }
        } catch (YAMLException e) {
            // the position found so far is the best there is
        }
        return derniere;
    }

    private static LoaderOptions options() {
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
