package fr.ctg.preview;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The answers of the preview server, each with the headers that keep the browser from doing more than shown. */
final class Responses {

    /** The page: its own script and styles only, the document in a frame of its own origin. */
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; connect-src 'self';"
            + " frame-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    /** The document: no script at all; its inlined house style sheet and its fonts. */
    static final String DOCUMENT_POLICY = "default-src 'none'; style-src 'self' 'unsafe-inline'; font-src 'self'; img-src 'self';"
            + " base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox allow-same-origin";

    private Responses() {
    }

    static void send(HttpExchange exchange, int status, String contentType, String policy, byte[] body) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", contentType);
        headers.set("Content-Security-Policy", policy);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        if (!headers.containsKey("Cache-Control")) {
            headers.set("Cache-Control", "no-store");
        }
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (head) {
            headers.set("Content-Length", Integer.toString(body.length));
        }
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    /** A file of {@link Assets}: the fonts stay a day in the browser's cache, not to be read again at each update. */
    static void asset(HttpExchange exchange, Assets.Asset asset) throws IOException {
        if (asset.contentType().startsWith("font/")) {
            exchange.getResponseHeaders().set("Cache-Control", "private, max-age=86400");
        }
        send(exchange, 200, asset.contentType(), PAGE_POLICY, asset.bytes());
    }

    static void html(HttpExchange exchange, int status, String html) throws IOException {
        send(exchange, status, "text/html; charset=utf-8", PAGE_POLICY, html.getBytes(StandardCharsets.UTF_8));
    }

    /** A short page that says one thing: an error, a refusal. */
    static void text(HttpExchange exchange, int status, String message) throws IOException {
        html(exchange, status, "<!DOCTYPE html>\n<html lang=\"fr\">\n<head><meta charset=\"utf-8\"><title>" + status + " · aperçu</title></head>\n"
                + "<body><p>" + Html.escape(message) + "</p><p><a href=\"/\">Retour à l’aperçu</a></p></body>\n</html>\n");
    }
}
