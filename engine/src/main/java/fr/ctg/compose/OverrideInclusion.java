package fr.ctg.compose;

import freemarker.core.Environment;
import freemarker.core.Macro;
import freemarker.core.TemplateElement;
import freemarker.core.TextBlock;
import freemarker.template.Template;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * {@code <@surcharges/>}, which a main template calls once the national partials have defined their macros: it
 * includes the override templates of the convention ({@link TemplateFiles#overrideTemplates()}) into the same
 * namespace, so that each macro or function they define replaces the national one of the same name. An override
 * template holds definitions only: any other text or directive outside them is refused at its place, before it runs
 * (the blank lines between definitions are dropped).
 */
final class OverrideInclusion implements TemplateDirectiveModel {

    static final String NAME = "surcharges";

    private final List<String> templates;
    private final TemplateFiles files;

    OverrideInclusion(List<String> templates, TemplateFiles files) {
        this.templates = templates;
        this.files = files;
    }

    @Override
    public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body) throws TemplateException, IOException {
        Writer out = env.getOut();
        env.setOut(Writer.nullWriter());
        try {
            for (String name : templates) {
                Template template = env.getTemplateForInclusion(name, null, true);
                refuseWhatIsNotADefinition(template);
                env.include(template);
            }
        } finally {
            env.setOut(out);
        }
    }

    private void refuseWhatIsNotADefinition(Template template) throws TemplateModelException {
        TemplateElement root = template.getRootTreeNode();
        boolean several = root.getClass().getSimpleName().equals("MixedContent");
        for (int i = 0; i < (several ? root.getChildCount() : 1); i++) {
            TemplateElement element = several ? (TemplateElement) root.getChildAt(i) : root;
            boolean definition = element instanceof Macro || element.getClass().getSimpleName().equals("Comment")
                    || (element instanceof TextBlock && element.getSource().isBlank());
            if (!definition) {
                throw refused(template, element);
            }
        }
    }

    /** The error on the element's first line, from its first character that is not a space. */
    private TemplateModelException refused(Template template, TemplateElement element) {
        String source = element.getSource();
        int line = element.getBeginLine();
        int column = element.getBeginColumn();
        int start = 0;
        while (start < source.length() && Character.isWhitespace(source.charAt(start))) {
            if (source.charAt(start) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            start++;
        }
        String first = source.substring(start).lines().findFirst().orElse("");
        int lastColumn = column + first.length() - 1;
        return new TemplateModelException(new CompositionException(files.error(template.getSourceName(), line, column, line, lastColumn,
                "un modèle de la Caf ne contient que des définitions (#macro, #function) et des commentaires : « "
                        + (first.length() > 60 ? first.substring(0, 60) + "…" : first) + " » est en dehors d’une définition",
                "placez ce texte dans la macro qu’il change, du même nom que la macro nationale (ctg modele liste les nomme)"), null));
    }

}
