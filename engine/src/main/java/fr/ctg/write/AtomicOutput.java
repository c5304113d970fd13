package fr.ctg.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Writes an output file so that readers only ever see the previous version or the complete new one:
 * the bytes go to a temporary file beside the target, which is then renamed over it. Devices and pipes are
 * written directly, never replaced.
 *
 * <p>The temporary file is named {@code .<target>.<pid>.<random>.partiel}. A process stopped by a signal
 * that lets the JVM shut down (Ctrl-C, {@code kill}) deletes its temporaries on the way out; one killed
 * outright ({@code kill -9}) cannot, so the next write of the same target removes the temporaries whose
 * process is gone.
 */
public final class AtomicOutput {

    private static final String SUFFIX = ".partiel";
    private static final int MAX_LINKS = 40;

    private AtomicOutput() {
    }

    /** A file to write, and its bytes. */
    public record Output(Path file, byte[] content) {
    }

    /**
     * Writes {@code content} to {@code target}: atomically when it is a regular file or does not exist yet; directly
     * when it is a device or a pipe ({@code /dev/stdout}, {@code /dev/null}), which a rename would replace by a
     * regular file. A symbolic link is followed: its target is written, the link stays.
     */
    public static void write(Path named, byte[] content) throws IOException {
        writeAll(List.of(new Output(named, content)));
    }

    /**
     * Writes files as a set: every temporary first, then the renames, in the order given. A failure while writing them (a full
     * disk) leaves each target as it was, never a new PDF beside an old DOCX.
     */
    public static void writeAll(List<Output> outputs) throws IOException {
        List<Staged> staged = new ArrayList<>();
        try {
            for (Output output : outputs) {
                staged.add(stage(output.file(), output.content()));
            }
            for (Staged file : staged) {
                file.commit();
            }
        } finally {
            for (Staged file : staged) {
                file.discard();
            }
        }
    }

    /** A file written to its temporary, to be renamed over its target; or a device, written when committed. */
    private record Staged(Path target, @Nullable Path temporary, byte[] content) {

        void commit() throws IOException {
            if (temporary == null) {
                Files.write(target, content, StandardOpenOption.WRITE);
                return;
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        void discard() throws IOException {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    private static Staged stage(Path named, byte[] content) throws IOException {
        if (Files.isDirectory(named)) {
            throw new IOException(named + " est un dossier");
        }
        if (Files.exists(named) && !Files.isRegularFile(named)) {
            return new Staged(named, null, content);
        }
        Path target = linkTarget(named);
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        removeAbandoned(folder, target.getFileName().toString());
        // Not Files.createTempFile: its files are private (0600); outputs get the usual permissions.
        Path temporary = folder.resolve(prefix(target.getFileName().toString()) + ProcessHandle.current().pid() + "."
                + UUID.randomUUID() + SUFFIX);
        try {
            temporary.toFile().deleteOnExit();
        } catch (IllegalStateException shuttingDown) {
            throw new IOException("arrêt du programme en cours, " + target.getFileName() + " n’est pas écrit", shuttingDown);
        }
        try {
            Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return new Staged(target, temporary, content);
    }

    /** The file a chain of symbolic links leads to, which may not exist yet; the path itself when it is no link. */
    private static Path linkTarget(Path path) throws IOException {
        Path current = path.toAbsolutePath();
        for (int links = 0; Files.isSymbolicLink(current); links++) {
            if (links == MAX_LINKS) {
                throw new IOException(path + " : trop de liens symboliques à suivre");
            }
            current = current.getParent().resolve(Files.readSymbolicLink(current));
        }
        return current;
    }

    /** Deletes the temporaries of {@code name} left by processes that no longer run. */
    private static void removeAbandoned(Path folder, String name) throws IOException {
        String prefix = prefix(name);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
                file -> file.getFileName().toString().startsWith(prefix) && file.getFileName().toString().endsWith(SUFFIX))) {
            for (Path file : files) {
                if (!writerIsAlive(file.getFileName().toString().substring(prefix.length()))) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static String prefix(String name) {
        return "." + name + ".";
    }

    /** {@code rest} is {@code <pid>.<random>.partiel}; a name not of this form was not written by this class. */
    private static boolean writerIsAlive(String rest) {
        int dot = rest.indexOf('.');
        try {
            long pid = Long.parseLong(rest.substring(0, Math.max(dot, 0)));
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
