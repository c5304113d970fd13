package fr.ctg.diagnostic;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Why reading or writing a file failed, in French: the JDK and the libraries say it in English (« No space left on
 * device », « Permission denied »), with the operating system's words, and those words must not reach the user.
 */
public final class InputOutputFailure {

    private InputOutputFailure() {
    }

    private record Cause(Class<? extends IOException> type, String french) {
    }

    private static final List<Cause> CAUSES = List.of(new Cause(NoSuchFileException.class, "fichier ou dossier introuvable"),
            new Cause(AccessDeniedException.class, "accès refusé"), new Cause(FileAlreadyExistsException.class, "un fichier du même nom existe déjà"),
            new Cause(DirectoryNotEmptyException.class, "le dossier n’est pas vide"),
            new Cause(NotDirectoryException.class, "un élément du chemin n’est pas un dossier"),
            new Cause(FileSystemLoopException.class, "les liens symboliques du chemin tournent en rond"));

    /** The operating system's words, lower case, and what they mean. */
    private static final List<Map.Entry<String, String>> REASONS = List.of(Map.entry("no space left", "disque plein"),
            Map.entry("disk quota", "disque plein"), Map.entry("permission denied", "accès refusé"), Map.entry("operation not permitted", "accès refusé"),
            Map.entry("read-only file system", "le disque n’accepte que la lecture"), Map.entry("is a directory", "c’est un dossier"),
            Map.entry("address already in use", "le port est déjà pris"), Map.entry("file name too long", "nom de fichier trop long"));

    /** « accès refusé », « disque plein »…, or a general French sentence when the cause has no name of its own. */
    public static String describe(IOException e) {
        for (Cause cause : CAUSES) {
            if (cause.type().isInstance(e)) {
                return cause.french();
            }
        }
        String reason = e instanceof FileSystemException system ? system.getReason() : e.getMessage();
        String lower = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        return REASONS.stream().filter(words -> lower.contains(words.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse("erreur d’entrée-sortie (" + e.getClass().getSimpleName() + ")");
    }
}
