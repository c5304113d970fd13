package fr.ctg.compose;

import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XHTMLOutputFormat;
import freemarker.ext.beans.BeansWrapper;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateExceptionHandler;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The one FreeMarker configuration of the engine, sandboxed: templates see the model and
 * {@link TemplateFunctions} only, cannot instantiate classes nor reach the Java API, and every
 * interpolation is escaped for XHTML. The templates are guarded besides ({@link GuardedConfiguration}).
 */
final class TemplateConfigurations {

    private TemplateConfigurations() {
    }

    static Configuration create(TemplateLoader loader) {
        return configure(new GuardedConfiguration(), loader);
    }

    /** The sandbox alone, without the guard: for the tests that it holds by itself. */
    static Configuration withoutGuard(TemplateLoader loader) {
        return configure(new Configuration(Configuration.VERSION_2_3_35), loader);
    }

    private static Configuration configure(Configuration configuration, TemplateLoader loader) {
        configuration.setTemplateLoader(loader);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setLocalizedLookup(false);
        // ".ftlx" would mean XML output by default; the documents are XHTML
        configuration.setRecognizeStandardFileExtensions(false);
        configuration.setOutputFormat(XHTMLOutputFormat.INSTANCE);
        configuration.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setObjectWrapper(wrapper());
        configuration.setLocale(Locale.FRANCE);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        // numbers such as years and article numbers are written without grouping ("2024", not "2 024")
        configuration.setNumberFormat("computer");
        configuration.setLogTemplateExceptions(false);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        // columns of error positions count characters, as the excerpts of diagnostics show them
        configuration.setTabSize(1);
        return configuration;
    }

    private static DefaultObjectWrapper wrapper() {
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
        builder.setExposureLevel(BeansWrapper.EXPOSE_SAFE);
        builder.setExposeFields(false);
        builder.setMemberAccessPolicy(new ModelOnlyAccessPolicy());
        return builder.build();
    }
}
