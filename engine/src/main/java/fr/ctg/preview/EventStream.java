package fr.ctg.preview;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Server-sent events to the open pages: an event {@code maj} carrying the version of the preview each time it shows
 * something new, and the current version as soon as a page connects. Each page holds one of the server's threads,
 * so their number is bounded.
 */
final class EventStream {

    static final int MAX_PAGES = 8;
    private static final long KEEP_ALIVE_SECONDS = 15;
    private static final long CLOSED = -1;

    private final Set<BlockingQueue<Long>> pages = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** Tells every open page that the preview is now at {@code version}. */
    void publish(long version) {
        pages.forEach(page -> page.offer(version));
    }

    /** Serves one page until it leaves or the stream is closed. */
    void serve(HttpExchange exchange, LongSupplier currentVersion) throws IOException {
        if (pages.size() >= MAX_PAGES || closed) {
            Responses.text(exchange, 503, "Trop de pages d’aperçu sont ouvertes : fermez-en une.");
            return;
        }
        BlockingQueue<Long> queue = new LinkedBlockingQueue<>();
        pages.add(queue);
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            write(out, "retry: 1000\n\n");
            write(out, event(currentVersion.getAsLong()));
            while (!closed) {
                Long version = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (version == null) {
                    write(out, ": veille\n\n");
                } else if (version == CLOSED) {
                    break;
                } else {
                    Long newer;
                    while ((newer = queue.poll()) != null && newer != CLOSED) {
                        version = newer;
                    }
                    write(out, event(version));
                }
            }
            out.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The page was closed: nothing to tell it any more.
        } finally {
            pages.remove(queue);
            exchange.close();
        }
    }

    /** Ends every stream, each properly (a page then knows that the server has stopped), within a second at most. */
    void close() throws InterruptedException {
        closed = true;
        pages.forEach(page -> page.offer(CLOSED));
        for (int wait = 0; !pages.isEmpty() && wait < 200; wait++) {
            Thread.sleep(5);
        }
    }

    private static String event(long version) {
        return "event: maj\ndata: " + version + "\n\n";
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
