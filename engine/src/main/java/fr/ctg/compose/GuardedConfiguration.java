package fr.ctg.compose;

import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * A FreeMarker configuration that prepares every template it parses before the template first runs: refuses its
 * forbidden constructs ({@link TemplateConstructGuard}) and adds to each loop an element entered at every turn, so
 * that {@link TemplateTrace} sees time pass even in a loop that writes nothing. Every template, the one composed as
 * those it includes or imports, comes through the one {@code getTemplate} overridden here.
 */
final class GuardedConfiguration extends Configuration {

    /** The templates already prepared: FreeMarker caches them, and a tree must be changed only once. */
    private final Set<Template> prepared = Collections.newSetFromMap(new WeakHashMap<>());

    GuardedConfiguration() {
        super(Configuration.VERSION_2_3_35);
    }

    @Override
    public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding, boolean parseAsFTL,
            boolean ignoreMissing) throws IOException {
        Template template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
        if (template != null) {
            synchronized (prepared) {
                if (!prepared.contains(template)) {
                    TemplateConstructGuard.check(template);
                    _CoreAPI.addThreadInterruptedChecks(template);
                    prepared.add(template);
                }
            }
        }
        return template;
    }
}
