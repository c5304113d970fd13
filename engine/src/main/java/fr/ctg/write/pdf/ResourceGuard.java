package fr.ctg.write.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.extend.FSUriResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the renderer may read: files of the convention's folder and the house style's logo, nothing else. No URL is
 * resolved to anything outside them, no network connection is opened (the style sheet and the fonts never go through here: they are
 * inlined and registered by the writer). A refused resource is simply left out of the page.
 */
final class ResourceGuard implements FSUriResolver, FSStreamFactory {

    /** Every protocol the renderer could otherwise open by itself through {@link java.net.URL}. */
    static final Set<String> PROTOCOLS = Set.of("file", "jar", "ftp", "http", "https");

    private final ConventionFolder folder;
    private final @Nullable Path logo;

    /** @param logo the house style's logo, checked when the style was read; {@code null} for none */
    ResourceGuard(ConventionFolder folder, @Nullable Path logo) {
        this.folder = folder;
        this.logo = logo;
    }

    @Override
    public @Nullable String resolveURI(@Nullable String baseUri, @Nullable String uri) {
        return allowedFile(uri).map(path -> path.toUri().toString()).orElse(null);
    }

    boolean allows(@Nullable String uri) {
        return allowedFile(uri).isPresent();
    }

    @Override
    public FSStream getUrl(String uri) {
        Optional<Path> file = allowedFile(uri);
        return new FSStream() {
            @Override
            public @Nullable InputStream getStream() {
                return file.map(ResourceGuard::open).orElse(null);
            }

            @Override
            public @Nullable Reader getReader() {
                return file.map(path -> new InputStreamReader(open(path), StandardCharsets.UTF_8)).orElse(null);
            }
        };
    }

    private Optional<Path> allowedFile(@Nullable String uri) {
        if (uri == null || uri.isBlank()) {
            return Optional.empty();
        }
        try {
            URI parsed = new URI(uri.strip());
            String scheme = parsed.getScheme();
            Path path;
            if (scheme == null) {
                if (parsed.getPath() == null || parsed.getPath().isEmpty()) {
                    return Optional.empty();
                }
                path = folder.root().resolve(parsed.getPath());
            } else if (scheme.toLowerCase(Locale.ROOT).equals("file") && parsed.getAuthority() == null) {
                path = Path.of(parsed);
            } else {
                return Optional.empty();
            }
            boolean allowed = folder.contains(path) || path.equals(logo);
            return allowed && Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static InputStream open(Path path) {
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
