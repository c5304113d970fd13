package fr.ctg.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.ctg.preview.Assets.Asset;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ctg apercu}'s web server: the page of one convention folder, kept up to date as its files are saved. It
 * listens on 127.0.0.1 only and answers only requests addressed to {@code 127.0.0.1:PORT} or {@code localhost:PORT}
 * (a page of another site that renamed itself to this address gets nothing). It serves fixed addresses, never a file
 * named by the request, and only reads: GET and HEAD.
 *
 * <ul>
 *   <li>{@code /?vue=KEY}: the page ({@code convention}, {@code avenant-01}, {@code convention-consolidee});</li>
 *   <li>{@code /document?vue=KEY}: the document as the PDF lays it out;</li>
 *   <li>{@code /evenements}: the server-sent events that tell the page to update itself;</li>
 *   <li>{@code /telecharger/KEY.pdf}, {@code .docx}: the files, written on demand by the engine's writers;</li>
 *   <li>{@code /statique/…}, {@code /polices/…}: the page's script, its style sheets and the house fonts.</li>
 * </ul>
 */
public final class PreviewServer implements Closeable {

    private static final byte[] LOOPBACK = {127, 0, 0, 1};
    private static final int THREADS = 2 * EventStream.MAX_PAGES;
    private static final Pattern VIEW_KEY = Pattern.compile("[a-z0-9-]{1,40}");
    private static final Pattern DOWNLOAD = Pattern.compile("/telecharger/([a-z0-9-]{1,40})\\.(pdf|docx)");
    private static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final LivePreview preview;
    private final Consumer<String> journal;
    private final EventStream events = new EventStream();
    private final Assets assets = new Assets();
    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS, daemonThreads());
    private final HttpServer http;
    private final int port;
    private final FolderWatcher watcher;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);

    private PreviewServer(Path conventionFile, int port, Consumer<String> journal) throws IOException {
        this.preview = new LivePreview(conventionFile);
        this.journal = journal;
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(LOOPBACK), port), 0);
        this.port = http.getAddress().getPort();
        http.setExecutor(threads);
        http.createContext("/", this::handle);
        try {
            this.watcher = new FolderWatcher(preview.watched(), this::refresh);
        } catch (IOException | RuntimeException e) {
            http.stop(0);
            threads.shutdownNow();
            preview.close();
            throw e;
        }
    }

    /**
     * Renders the folder once, then serves it until {@link #close()}.
     *
     * @param port 0 for a free port chosen by the system
     * @param journal told one line, in French, each time the page shows something new
     * @throws IOException when the port cannot be opened
     */
    public static PreviewServer start(Path conventionFile, int port, Consumer<String> journal) throws IOException {
        PreviewServer server = new PreviewServer(conventionFile, port, journal);
        server.refresh();
        server.http.start();
        return server;
    }

    /** The address of the page. */
    public URI address() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** Returns once the server is closed. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /** Stops watching and serving; the open pages keep what they show. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        try {
            watcher.close();
        } catch (IOException e) {
            // Nothing more will be watched either way.
        }
        try {
            events.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.stop(0);
        threads.shutdownNow();
        preview.close();
        closed.countDown();
    }

    private void refresh() {
        long start = System.nanoTime();
        Optional<PreviewState> refreshed;
        try {
            refreshed = preview.refresh();
        } catch (RuntimeException e) {
            // The next save is read all the same: the watching goes on.
            journal.accept("Erreur imprévue pendant la mise à jour (" + e + ") : la page garde ce qu’elle montrait");
            return;
        }
        refreshed.ifPresent(state -> {
            events.publish(state.version());
            journal.accept("Mis à jour en " + (System.nanoTime() - start) / 1_000_000 + " ms : " + state.summary()
                    + (!state.stale() ? "" : state.rendering() == null ? " ; aucun document à montrer"
                            : " ; le dernier rendu sans erreur reste affiché"));
        });
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            if (!addressedHere(exchange.getRequestHeaders().getFirst("Host"))) {
                Responses.text(exchange, 403, "Adresse refusée : l’aperçu ne répond qu’à 127.0.0.1:" + port + " et à localhost:" + port + ".");
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                Responses.text(exchange, 405, "L’aperçu ne fait que montrer : seules les requêtes GET et HEAD sont reçues.");
                return;
            }
            route(exchange, exchange.getRequestURI().getRawPath());
        } catch (RuntimeException e) {
            Responses.text(exchange, 500, "Erreur interne de l’aperçu : " + e);
        } finally {
            exchange.close();
        }
    }

    private boolean addressedHere(String host) {
        return host != null && (host.equals("127.0.0.1:" + port) || host.toLowerCase(Locale.ROOT).equals("localhost:" + port));
    }

    private void route(HttpExchange exchange, String path) throws IOException {
        PreviewState state = preview.state();
        Optional<String> key = viewKey(exchange.getRequestURI().getRawQuery());
        Matcher download = DOWNLOAD.matcher(path);
        Optional<Asset> asset = assets.at(path);
        if (path.equals("/")) {
            Responses.html(exchange, 200, PreviewPage.render(state, key.orElse(PreviewPage.DEFAULT_VIEW)));
        } else if (path.equals("/document")) {
            document(exchange, state, key.orElse(PreviewPage.DEFAULT_VIEW));
        } else if (path.equals("/evenements")) {
            events.serve(exchange, () -> preview.state().version());
        } else if (download.matches()) {
            download(exchange, state, download.group(1), download.group(2));
        } else if (asset.isPresent()) {
            Responses.asset(exchange, asset.get());
        } else {
            Responses.text(exchange, 404, "Cette adresse n’existe pas dans l’aperçu.");
        }
    }

    /** The {@code vue} of the query, when it is a possible view's key; any other parameter is ignored. */
    private static Optional<String> viewKey(String rawQuery) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        for (String parameter : rawQuery.split("&")) {
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).equals("vue")) {
                String value = URLDecoder.decode(parameter.substring(equals + 1), StandardCharsets.UTF_8);
                return VIEW_KEY.matcher(value).matches() ? Optional.of(value) : Optional.of("inconnue");
            }
        }
        return Optional.empty();
    }

    private static Optional<PreviewView> view(PreviewState state, String key) {
        return state.rendering() == null ? Optional.empty() : state.rendering().view(key);
    }

    private static void document(HttpExchange exchange, PreviewState state, String key) throws IOException {
        Optional<PreviewView> view = view(state, key);
        if (view.isEmpty()) {
            Responses.text(exchange, 404, "Aucun document « " + key + " » à montrer.");
            return;
        }
        Responses.send(exchange, 200, "application/xhtml+xml; charset=utf-8", Responses.DOCUMENT_POLICY,
                view.get().xhtml().getBytes(StandardCharsets.UTF_8));
    }

    private void download(HttpExchange exchange, PreviewState state, String key, String extension) throws IOException {
        Optional<PreviewView> view = view(state, key);
        if (view.isEmpty()) {
            Responses.text(exchange, 404, "Aucun document « " + key + " » à télécharger.");
            return;
        }
        byte[] file;
        try {
            file = extension.equals("pdf") ? preview.pdf(view.get()) : preview.docx(view.get());
        } catch (RuntimeException e) {
            Responses.text(exchange, 500, "Le fichier " + key + "." + extension + " n’a pas pu être produit : " + e.getMessage());
            return;
        }
        String name = view.get().composed().head().id().replaceAll("[^A-Za-z0-9._-]", "_") + "-" + key + "." + extension;
        exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + name + "\"");
        Responses.send(exchange, 200, extension.equals("pdf") ? "application/pdf" : DOCX_TYPE, Responses.PAGE_POLICY, file);
    }

    private static ThreadFactory daemonThreads() {
        ThreadFactory defaults = Executors.defaultThreadFactory();
        return task -> {
            Thread thread = defaults.newThread(task);
            thread.setDaemon(true);
            thread.setName("ctg-apercu-" + thread.getName());
            return thread;
        };
    }
}
