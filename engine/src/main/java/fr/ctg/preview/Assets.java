package fr.ctg.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The files the server sends as they are, each at one fixed address: its script and style sheets, and the house
 * fonts the PDF embeds. Nothing else of the class path or of the disk can be asked for.
 */
final class Assets {

    /** A file to send: its bytes and their type. */
    record Asset(byte[] bytes, String contentType) {
    }

    private record Source(String resource, String contentType) {
    }

    private static final String CSS = "text/css; charset=utf-8";

    private static final Map<String, Source> SOURCES = Map.ofEntries(
            Map.entry(PreviewPage.SCRIPT, new Source("fr/ctg/preview/apercu.js", "text/javascript; charset=utf-8")),
            Map.entry(PreviewPage.STYLE, new Source("fr/ctg/preview/apercu.css", CSS)),
            Map.entry(BrowserXhtml.PAGE_STYLE, new Source("fr/ctg/preview/page.css", CSS)),
            font("LiberationSerif-Regular"), font("LiberationSerif-Bold"), font("LiberationSerif-Italic"), font("LiberationSerif-BoldItalic"),
            font("LiberationSans-Regular"), font("LiberationSans-Bold"), font("LiberationSans-Italic"), font("LiberationSans-BoldItalic"));

    private final Map<String, Asset> assets = SOURCES.entrySet().stream().collect(Collectors.toUnmodifiableMap(
            Map.Entry::getKey, e -> new Asset(read(e.getValue().resource()), e.getValue().contentType())));

    Optional<Asset> at(String path) {
        return Optional.ofNullable(assets.get(path));
    }

    private static Map.Entry<String, Source> font(String name) {
        return Map.entry("/polices/" + name + ".ttf", new Source("templates/fonts/" + name + ".ttf", "font/ttf"));
    }

    private static byte[] read(String resource) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Ressource absente du classpath : " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
