package fr.ctg.compose;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses, before FreeMarker parses it, a template that calls {@code ?new} (instantiating Java classes),
 * {@code ?api} (Java API of values), {@code ?eval} or {@code ?interpret} (running a string as FTL, which
 * would run the text of a convention). The configuration forbids the first two as well; refusing them
 * here gives a French message naming the template and the line, and covers Caf override folders.
 */
final class GuardedTemplateLoader implements TemplateLoader {

    private static final Pattern FORBIDDEN = Pattern.compile("\\?\\s*(new|api|eval|interpret)\\b");

    private final TemplateLoader delegate;

    GuardedTemplateLoader(TemplateLoader delegate) {
        this.delegate = delegate;
    }

    private record Source(String name, Object delegateSource) {
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        Object source = delegate.findTemplateSource(name);
        return source == null ? null : new Source(name, source);
    }

    @Override
    public long getLastModified(Object templateSource) {
        return delegate.getLastModified(((Source) templateSource).delegateSource());
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) throws IOException {
        Source source = (Source) templateSource;
        StringWriter read = new StringWriter();
        try (Reader reader = delegate.getReader(source.delegateSource(), encoding)) {
            reader.transferTo(read);
        }
        String text = read.toString();
        Matcher forbidden = FORBIDDEN.matcher(text);
        if (forbidden.find()) {
            String before = text.substring(0, forbidden.start());
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = forbidden.start() - before.lastIndexOf('\n');
            throw new ForbiddenTemplateConstructException(source.name(), line, column, forbidden.group(), forbidden.group(1));
        }
        return new StringReader(text);
    }

    @Override
    public void closeTemplateSource(Object templateSource) throws IOException {
        delegate.closeTemplateSource(((Source) templateSource).delegateSource());
    }
}
