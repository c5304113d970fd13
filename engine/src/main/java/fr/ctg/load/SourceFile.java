package fr.ctg.load;

import fr.ctg.diagnostic.InputOutputFailure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A source file read once: its bytes and its size; their SHA-256 (written into the documents' metadata) is
 * computed when asked for, as {@code ctg valider} never needs it.
 * A file larger than {@link YamlReader#MAX_SIZE_BYTES} is not read: its bytes are empty and its size tells
 * why, so that the reader can say so at the file's first line.
 *
 * @param path the file as it was named, so that diagnostics show it the way the user wrote it
 */
public record SourceFile(Path path, byte[] bytes, long size) {

    /**
     * Reads the file, unless it is too large to be a convention: at most one byte more than the limit is read,
     * whatever size the file claims ({@code /proc} files and pipes claim none). A device, a pipe or a socket is not
     * opened at all: reading it could block, or never end.
     */
    public static SourceFile read(Path path) throws UnreadableInputException {
        try {
            if (Files.isDirectory(path)) {
                throw new UnreadableInputException(path + " est un dossier, pas un fichier YAML", null);
            }
            if (Files.exists(path) && !Files.isRegularFile(path)) {
                throw new UnreadableInputException(path + " n’est pas un fichier ordinaire (périphérique, tube ou socket) :"
                        + " donnez le chemin d’un fichier YAML", null);
            }
            long size = Files.size(path);
            if (size > YamlReader.MAX_SIZE_BYTES) {
                return new SourceFile(path, new byte[0], size);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) YamlReader.MAX_SIZE_BYTES + 1);
            }
            return bytes.length > YamlReader.MAX_SIZE_BYTES ? new SourceFile(path, new byte[0], bytes.length) : of(path, bytes);
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException("le fichier " + path + " n’existe pas", e);
        } catch (IOException e) {
            throw new UnreadableInputException("le fichier " + path + " ne peut pas être lu (" + InputOutputFailure.describe(e) + ")", e);
        }
    }

    /** Bytes that were not read from {@code path} itself: a version of the file taken from its history. */
    public static SourceFile of(Path path, byte[] bytes) {
        return new SourceFile(path, bytes.clone(), bytes.length);
    }

    public boolean isTooLarge() {
        return size > YamlReader.MAX_SIZE_BYTES;
    }

    /** The folder of the file, where the files it refers to are. */
    public Path folder() {
        return path.toAbsolutePath().getParent();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The SHA-256 of the file's bytes, in lower-case hexadecimal; an empty string for a file too large to be read. */
    public String sha256() {
        return isTooLarge() ? "" : sha256Of(bytes);
    }

    /** The SHA-256 of these bytes, in lower-case hexadecimal. */
    public static String sha256Of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 est fourni par toute machine Java", e);
        }
    }
}
