package fr.ctg.diagnostic;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why reading or writing a file failed, in French: the JDK and the libraries say it in English (« No space left on
 * device », « Permission denied »), with the operating system's words, and those words must not reach the user.
 */
public final class InputOutputFailure {

    private InputOutputFailure() {
    }

    /** « accès refusé », « disque plein »…, or a general French sentence when the cause has no name of its own. */
    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "fichier ou dossier introuvable";
        }
        if (e instanceof AccessDeniedException) {
            return "accès refusé";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "un fichier du même nom existe déjà";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "le dossier n’est pas vide";
        }
        if (e instanceof NotDirectoryException) {
            return "un élément du chemin n’est pas un dossier";
        }
        if (e instanceof FileSystemLoopException) {
            return "les liens symboliques du chemin tournent en rond";
        }
        String reason = (e instanceof FileSystemException system ? system.getReason() : e.getMessage());
        String lower = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk quota")) {
            return "disque plein";
        }
        if (lower.contains("permission denied") || lower.contains("operation not permitted")) {
            return "accès refusé";
        }
        if (lower.contains("read-only file system")) {
            return "le disque n’accepte que la lecture";
        }
        if (lower.contains("is a directory")) {
            return "c’est un dossier";
        }
        if (lower.contains("address already in use")) {
            return "le port est déjà pris";
        }
        if (lower.contains("file name too long")) {
            return "nom de fichier trop long";
        }
        return "erreur d’entrée-sortie (" + e.getClass().getSimpleName() + ")";
    }
}
