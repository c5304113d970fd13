package fr.ctg.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Watches folders and those below them (a convention's: avenants, override templates, deliberations; its Caf
 * repository's {@code modeles}) and calls
 * back once a burst of changes is over: an editor's save is often several events (a temporary file, a rename). Hidden
 * files and folders and backup files ({@code ~}) are ignored; folders created later are watched too.
 */
final class FolderWatcher implements Closeable {

    /** How long the folder must stay quiet before the callback: longer than the steps of one save. */
    static final long QUIET_MILLISECONDS = 20;
    private static final int MAX_DEPTH = 6;
    private static final int MAX_FOLDERS = 500;

    private final List<Path> roots;
    private final WatchService service;
    private final AtomicInteger folders = new AtomicInteger();
    private final Thread thread;

    /** @param roots the folders to watch, the first one's file system for all */
    FolderWatcher(List<Path> roots, Runnable onChange) throws IOException {
        this.roots = roots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
        this.service = this.roots.get(0).getFileSystem().newWatchService();
        for (Path root : this.roots) {
            watchTree(root);
        }
        this.thread = new Thread(() -> run(onChange), "ctg-apercu-surveillance");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Runnable onChange) {
        try {
            while (true) {
                boolean changed = handle(service.take());
                WatchKey more;
                while ((more = service.poll(QUIET_MILLISECONDS, TimeUnit.MILLISECONDS)) != null) {
                    changed |= handle(more);
                }
                if (changed) {
                    onChange.run();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed: the preview stops
        }
    }

    /** Whether the events of this key change anything the preview reads. */
    private boolean handle(WatchKey key) {
        Path folder = (Path) key.watchable();
        boolean changed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                changed = true;
                continue;
            }
            Path name = (Path) event.context();
            if (ignored(name)) {
                continue;
            }
            changed = true;
            Path child = folder.resolve(name);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                watchTree(child);
            }
        }
        key.reset();
        return changed;
    }

    private static boolean ignored(Path name) {
        String text = name.toString();
        return text.startsWith(".") || text.endsWith("~");
    }

    /** Watches a folder and those below it, links not followed, within the depth and the number of folders allowed. */
    private void watchTree(Path top) {
        Path root = roots.stream().filter(top::startsWith).findFirst().orElse(top);
        int depth = root.relativize(top).toString().isEmpty() ? 0 : root.relativize(top).getNameCount();
        if (depth > MAX_DEPTH) {
            return;
        }
        try {
            // a folder at the last level open is visited as a file: one level more reaches it as a folder
            Files.walkFileTree(top, EnumSet.noneOf(FileVisitOption.class), MAX_DEPTH - depth + 1, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) throws IOException {
                    if (!folder.equals(top) && ignored(folder.getFileName())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (folders.incrementAndGet() > MAX_FOLDERS) {
                        return FileVisitResult.TERMINATE;
                    }
                    folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | ClosedWatchServiceException e) {
            // A folder that vanished or cannot be read is not watched; the next change around it is.
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
