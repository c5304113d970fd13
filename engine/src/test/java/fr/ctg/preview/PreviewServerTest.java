package fr.ctg.preview;

import static fr.ctg.preview.PreviewFolder.edit;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PreviewServerTest {

    @TempDir
    Path folder;

    private final HttpClient client = HttpClient.newHttpClient();
    private final List<String> journal = new CopyOnWriteArrayList<>();
    private Path file;
    private PreviewServer server;

    @BeforeEach
    void start() throws IOException {
        file = PreviewFolder.minimal(folder);
        edit(file, "territoire: Communauté de communes du Val d’Exemple", "territoire: Val <script>alert(\"&\")</script>");
        server = PreviewServer.start(file, 0, journal::add);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(server.address().resolve(path)).build(), BodyHandlers.ofString());
    }

    /** A request written by hand: the HTTP client refuses to choose the Host header. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(server.address().getHost(), server.address().getPort())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void listensOnTheLoopbackAddressOnly() {
        assertEquals("127.0.0.1", server.address().getHost());
        assertTrue(server.address().getPort() > 0);
        assertEquals("/", server.address().getPath());
    }

    @Test
    void thePageCarriesTheTitleAndTheTerritoryEscaped() throws Exception {
        HttpResponse<String> page = get("/");

        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(page.body().contains("<title>Convention Territoriale Globale — Val &lt;script&gt;alert(&quot;&amp;&quot;)&lt;/script&gt;"
                + " · aperçu</title>"), page.body());
        assertTrue(page.body().contains("<h1>Convention Territoriale Globale — Val &lt;script&gt;alert(&quot;&amp;&quot;)&lt;/script&gt;</h1>"));
        assertFalse(page.body().contains("<script>alert"));
        assertTrue(page.body().contains("<iframe id=\"document\" title=\"Convention\" src=\"/document?vue=convention&amp;v=1\" data-version=\"1\">"));
        assertEquals(List.of("Mis à jour en", "ms : aucun diagnostic"), Arrays.asList(journal.get(0).split(" [0-9]+ ")));
    }

    @Test
    void everyAnswerForbidsWhatThePageDoesNotNeed() throws Exception {
        HttpResponse<String> page = get("/");
        HttpResponse<String> document = get("/document?vue=convention");

        assertEquals("default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; connect-src 'self'; frame-src 'self';"
                + " img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'", page.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertEquals("default-src 'none'; style-src 'self' 'unsafe-inline'; font-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none';"
                + " frame-ancestors 'self'; sandbox allow-same-origin", document.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("no-store", document.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals("application/xhtml+xml; charset=utf-8", document.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(document.body().contains("<p class=\"sous-titre\">Val &lt;script&gt;alert(\"&amp;\")&lt;/script&gt;</p>"));
    }

    @Test
    void refusesARequestAddressedToAnotherHost() throws Exception {
        int port = server.address().getPort();

        String foreign = raw("GET / HTTP/1.1\r\nHost: ctg.example.org:" + port + "\r\nConnection: close\r\n\r\n");
        String local = raw("GET / HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n");
        String otherPort = raw("GET / HTTP/1.1\r\nHost: 127.0.0.1:1\r\nConnection: close\r\n\r\n");

        assertTrue(foreign.startsWith("HTTP/1.1 403 "), foreign);
        assertTrue(foreign.contains("<p>Adresse refusée : l’aperçu ne répond qu’à 127.0.0.1:" + port + " et à localhost:" + port + ".</p>"));
        assertFalse(foreign.contains("Val &lt;script"), "rien de la convention");
        assertTrue(local.startsWith("HTTP/1.1 200 "), local);
        assertTrue(otherPort.startsWith("HTTP/1.1 403 "), otherPort);
    }

    @Test
    void onlyReads() throws Exception {
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(server.address()).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                BodyHandlers.ofString());

        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/statique/", "/statique", "/polices/", "/statique/../convention.yaml", "/statique/%2e%2e/convention.yaml",
        "/convention.yaml", "/minimale/convention.yaml", "/telecharger/", "/telecharger/../convention.yaml.pdf", "/document/convention"})
    void servesNoFileNamedByTheRequestAndListsNoFolder(String path) throws Exception {
        String answer = raw("GET " + path + " HTTP/1.1\r\nHost: " + server.address().getAuthority() + "\r\nConnection: close\r\n\r\n");

        assertTrue(answer.startsWith("HTTP/1.1 404 "), answer);
        assertTrue(answer.contains("<p>Cette adresse n’existe pas dans l’aperçu.</p>"), answer);
    }

    @Test
    void anUnknownDocumentIsSaidSo() throws Exception {
        assertEquals(404, get("/document?vue=avenant-01").statusCode());
        assertTrue(get("/?vue=avenant-01").body().contains("<p class=\"sans-rendu\">Ce dossier n’a pas de document «\u00a0avenant-01\u00a0».</p>"));
        assertTrue(get("/?vue=%3Cb%3E").body().contains("de document «\u00a0inconnue\u00a0»"));
    }

    @Test
    void servesItsScriptStylesAndTheHouseFonts() throws Exception {
        HttpResponse<String> script = get("/statique/apercu.js");
        HttpResponse<byte[]> font = client.send(HttpRequest.newBuilder(server.address().resolve("/polices/LiberationSerif-Regular.ttf")).build(),
                BodyHandlers.ofByteArray());

        assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(script.body().contains("new EventSource('/evenements')"));
        assertEquals("text/css; charset=utf-8", get("/statique/page.css").headers().firstValue("Content-Type").orElseThrow());
        assertEquals(200, get("/statique/apercu.css").statusCode());
        assertEquals("font/ttf", font.headers().firstValue("Content-Type").orElseThrow());
        try (InputStream packaged = getClass().getClassLoader().getResourceAsStream("templates/fonts/LiberationSerif-Regular.ttf")) {
            assertArrayEquals(packaged.readAllBytes(), font.body());
        }
    }

    @Test
    void downloadsThePdfAndTheDocxWrittenOnDemand() throws Exception {
        HttpResponse<byte[]> pdf = client.send(HttpRequest.newBuilder(server.address().resolve("/telecharger/convention.pdf")).build(),
                BodyHandlers.ofByteArray());
        HttpResponse<byte[]> docx = client.send(HttpRequest.newBuilder(server.address().resolve("/telecharger/convention.docx")).build(),
                BodyHandlers.ofByteArray());

        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"minimale-convention.pdf\"", pdf.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"minimale-convention.docx\"", docx.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("PK", new String(docx.body(), 0, 2, StandardCharsets.US_ASCII));
        assertEquals(404, get("/telecharger/convention-consolidee.pdf").statusCode());
    }

    @Test
    void tellsThePageWhenTheYamlIsSavedAndKeepsTheLastGoodDocumentWhenItBreaks() throws Exception {
        HttpResponse<InputStream> stream = client.send(HttpRequest.newBuilder(server.address().resolve("/evenements")).build(),
                BodyHandlers.ofInputStream());
        assertEquals("text/event-stream; charset=utf-8", stream.headers().firstValue("Content-Type").orElseThrow());
        try (BufferedReader events = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            assertEquals(List.of("retry: 1000", "", "event: maj", "data: 1", ""), lines(events, 5));

            edit(file, "  fin: 2028-12-31", "  fin: 2031-12-31");

            assertEquals(List.of("event: maj", "data: 2", ""), lines(events, 3));
        }
        String page = get("/").body();
        assertTrue(page.contains("<body class=\"perime\" data-version=\"2\">"), page);
        assertTrue(page.contains("<h2 id=\"titre-diagnostics\">Diagnostics : 1 erreur, 0 avertissement</h2>"));
        assertTrue(page.contains("<p class=\"avis-perime\" role=\"alert\">Le document affiché est le dernier rendu sans erreur :"
                + " corrigez les erreurs pour le mettre à jour.</p>"));
        assertTrue(page.contains("<code class=\"code\">CTG-PERIODE-MAX</code> <a class=\"lieu\" href=\"#extrait-1\">convention.yaml, ligne 8</a></p>"));
        assertTrue(page.contains("<span class=\"ligne fautive\"><span class=\"numero\">8</span>  fin: <mark>2031-12-31</mark></span>"));
        assertTrue(page.contains("src=\"/document?vue=convention&amp;v=1\""), "le document de la version 1 reste affiché");
        assertTrue(get("/document?vue=convention").body().contains("<p class=\"sous-titre\">Val &lt;script&gt;"));
    }

    @Test
    void closingEndsTheEventStreams() throws Exception {
        HttpResponse<InputStream> stream = client.send(HttpRequest.newBuilder(server.address().resolve("/evenements")).build(),
                BodyHandlers.ofInputStream());
        try (BufferedReader events = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            lines(events, 5);

            server.close();

            assertEquals(null, events.readLine());
        }
    }

    private static List<String> lines(BufferedReader reader, int count) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(reader.readLine());
        }
        return lines;
    }
}
